package doorstep.device.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.MasterKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppPinTest {

    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private AppPin pin;

    @BeforeEach
    void open() throws Exception {
        pin = new AppPin(store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()), 1_000);
    }

    @Test
    void onlySixDigitsMakeAPin() {
        assertTrue(AppPin.isWellFormed("024680"));
        assertFalse(AppPin.isWellFormed("12345"));
        assertFalse(AppPin.isWellFormed("1234567"));
        assertFalse(AppPin.isWellFormed("12345a"));
        assertThrows(IllegalArgumentException.class, () -> pin.set("1234"));
    }

    @Test
    void theRightPinUnlocksAndAWrongOneDoesNot() {
        pin.set("024680");

        assertTrue(pin.check("024680").right());
        assertFalse(pin.check("024681").right());
    }

    @Test
    void thePinIsNeverStoredInClear() {
        pin.set("024680");

        String stored = new String(store.setting(DeviceSetting.APP_PIN).orElseThrow(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("024680"));
    }

    @Test
    void theFourthWrongTryWarnsThatTheNextOneWipesAndTheFifthDoes() {
        pin.set("024680");
        for (int i = 0; i < 3; i++) {
            assertFalse(pin.check("111111").isLastTryNext());
        }

        AppPin.Attempt fourth = pin.check("111111");
        AppPin.Attempt fifth = pin.check("111111");

        assertTrue(fourth.isLastTryNext());
        assertTrue(fifth.mustWipe());
        assertTrue(pin.check("024680").mustWipe(), "once used up, even the right PIN does not unlock");
    }

    @Test
    void theRightPinResetsTheCountOfWrongTries() {
        pin.set("024680");
        pin.check("111111");
        pin.check("111111");

        pin.check("024680");

        assertEquals(AppPin.MAX_TRIES, pin.triesLeft());
    }
}
