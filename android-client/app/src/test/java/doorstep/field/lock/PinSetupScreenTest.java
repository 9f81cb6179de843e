package doorstep.field.lock;

import android.text.InputType;
import doorstep.field.FieldApp;
import doorstep.field.R;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Choosing the app PIN after the first sign-in, through {@link PinSetupScreen}. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class PinSetupScreenTest {

    private final FieldApp app = FieldApp.of(RuntimeEnvironment.getApplication());

    @Test
    public void aSixDigitPinTypedTwiceIsKeptAndTheOfficerGoesHome() {
        PinSetupScreen screen = PinSetupScreen.open().choose("024680", "024680");

        assertEquals("HomeActivity", screen.nextScreen());
        assertTrue(app.pin().check("024680").right());
        assertFalse(app.lock().isLocked());
    }

    @Test
    public void aPinThatIsNotSixDigitsIsRefusedPlainly() {
        PinSetupScreen screen = PinSetupScreen.open().choose("2468", "2468");

        assertEquals("Your PIN must be exactly 6 digits.", screen.error());
        assertEquals("", screen.nextScreen());
        assertFalse(app.pin().isSet());
    }

    @Test
    public void twoDifferentPinsAreRefusedAndBothFieldsEmptied() {
        PinSetupScreen screen = PinSetupScreen.open().choose("024680", "024681");

        assertEquals("The two PINs are not the same. Enter them again.", screen.error());
        assertEquals("", screen.typedPin());
        assertEquals("", screen.typedAgain());
        assertFalse(app.pin().isSet());
    }

    @Test
    public void thePinFieldsBringUpTheNumberPadAndHideTheDigits() {
        PinSetupScreen screen = PinSetupScreen.open();

        assertEquals(InputType.TYPE_CLASS_NUMBER | InputType.TYPE_NUMBER_VARIATION_PASSWORD, screen.inputType(R.id.pin_setup_pin));
        assertEquals(InputType.TYPE_CLASS_NUMBER | InputType.TYPE_NUMBER_VARIATION_PASSWORD, screen.inputType(R.id.pin_setup_confirm));
    }

    @Test
    public void rendersAtTheNormalFontSize() {
        PinSetupScreen.open().screenshot("pin-setup");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);

        PinSetupScreen.open().choose("024680", "024681").screenshot("pin-setup-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        PinSetupScreen.open().choose("2468", "").screenshot("pin-setup-night");
    }
}
