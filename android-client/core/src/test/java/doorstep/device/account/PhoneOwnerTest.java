package doorstep.device.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.storage.InMemoryOutboxStore;
import org.junit.jupiter.api.Test;

/** A phone is one officer's until it is wiped: their waiting work never goes out under another account. */
class PhoneOwnerTest {

    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final PhoneOwner owner = new PhoneOwner(store);

    @Test
    void theFirstOfficerToSignInOwnsAFreshPhoneAndMaySignInAgain() throws SignInProblem {
        owner.admit("officer-a");

        assertDoesNotThrow(() -> owner.admit("officer-a"));
    }

    @Test
    void anotherOfficerIsRefusedInPlainWords() throws SignInProblem {
        owner.admit("officer-a");

        SignInProblem refused = assertThrows(SignInProblem.class, () -> owner.admit("officer-b"));

        assertEquals(SignInFailure.ANOTHER_OFFICERS_PHONE, refused.failure());
        assertEquals("This phone holds another officer's work. Sign in as them, or ask your team to wipe the phone first.",
                refused.failure().advice());
    }

    @Test
    void onceThePhoneIsWipedAnotherOfficerMayHaveIt() throws SignInProblem {
        owner.admit("officer-a");
        store.putSetting(DeviceSetting.OWNER, new byte[0]);
        InMemoryOutboxStore wiped = new InMemoryOutboxStore();

        assertDoesNotThrow(() -> new PhoneOwner(wiped).admit("officer-b"));
    }
}
