package doorstep.field.lock;

import android.content.Context;
import android.hardware.biometrics.BiometricManager;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.home.HomeActivity;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadow.api.Shadow;
import org.robolectric.shadows.ShadowBiometricManager;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/** The lock screen: the PIN or a biometric opens it; five wrong PINs sign out and wipe. Through {@link LockScreen}. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class LockScreenTest {

    private static final String PIN = "024680";

    private final Context context = RuntimeEnvironment.getApplication();
    private final FieldApp app = FieldApp.of(context);

    @Before
    public void officerHasChosenAPin() {
        app.pin().set(PIN);
    }

    @Test
    public void theRightPinUnlocksAndGoesHome() {
        LockScreen screen = LockScreen.openAtStart().enter(PIN);

        assertEquals("HomeActivity", screen.nextScreen());
        assertTrue(screen.isClosed());
        assertFalse(app.lock().isLocked());
    }

    @Test
    public void aWrongPinSaysHowManyTriesAreLeft() {
        LockScreen screen = LockScreen.openAtStart().enter("111111");

        assertEquals("Wrong PIN. 4 tries left.", screen.error());
        assertTrue(app.lock().isLocked());
        assertFalse(screen.isClosed());
    }

    @Test
    public void theFourthWrongPinWarnsThatTheFifthWipesThePhone() {
        LockScreen screen = LockScreen.openAtStart();
        for (int i = 0; i < 4; i++) {
            screen.enter("111111");
        }

        assertEquals("Wrong PIN. You have one try left. If it is wrong too, Doorstep will sign you out and delete"
                + " everything on this phone, including captures not yet sent.", screen.error());
    }

    @Test
    public void theFifthWrongPinSignsOutAndDeletesTheLocalData() {
        app.outbox().saveDraft("domestic-abuse-incident", "{\"note\":\"draft\"}");
        LockScreen screen = LockScreen.openAtStart();
        for (int i = 0; i < 5; i++) {
            screen.enter("111111");
        }

        assertEquals("SignInActivity", screen.nextScreen());
        assertEquals(0, app.outbox().inState(OutboxState.DRAFT).size());
        assertFalse(app.account().isSignedIn());
        assertFalse(app.pin().isSet());
    }

    @Test
    public void aPinThatIsNotSixDigitsIsNotCountedAsATry() {
        LockScreen screen = LockScreen.openAtStart().enter("123");

        assertEquals("Enter your 6-digit PIN.", screen.error());
        assertEquals(5, app.pin().triesLeft());
    }

    @Test
    public void backLeavesTheAppButNotPastTheLock() {
        LockScreen screen = LockScreen.openAtStart().pressBack();

        assertFalse(screen.isClosed());
        assertTrue(app.lock().isLocked());
    }

    @Test
    public void theLockScreenIsHiddenFromScreenshotsAndRecents() {
        assertTrue(LockScreen.openAtStart().hidesItselfFromScreenshots());
    }

    @Test
    public void biometricUnlockIsNotOfferedOnAPhoneWithoutIt() {
        ShadowBiometricManager shadow = Shadow.extract(context.getSystemService(BiometricManager.class));
        shadow.setCanAuthenticate(false);

        assertFalse(LockScreen.openAtStart().offersBiometricUnlock());
    }

    @Test
    public void biometricUnlockIsOfferedWhereThePhoneHasIt() {
        BiometricManager biometrics = context.getSystemService(BiometricManager.class);
        ShadowBiometricManager shadow = Shadow.extract(biometrics);
        shadow.setCanAuthenticate(true);
        shadow.setAuthenticatorType(BiometricManager.Authenticators.BIOMETRIC_STRONG);

        assertTrue(LockScreen.openAtStart().offersBiometricUnlock());
    }

    @Test
    public void aScreenWithAChildsDataLocksWhenTheAppGoesToTheBackgroundAndAsksForThePinOnReturn() {
        app.lock().unlocked();
        ActivityController<HomeActivity> home = Robolectric.buildActivity(HomeActivity.class).setup();
        assertTrue(homeHidesItselfFromScreenshots(home));

        home.pause().stop();
        assertTrue(app.lock().isLocked());
        home.restart().start().resume();

        assertEquals(LockActivity.class.getName(), shadowOf(home.get()).getNextStartedActivity().getComponent().getClassName());
    }

    @Test
    public void rendersAtTheNormalFontSize() {
        LockScreen.openAtStart().screenshot("lock");
    }

    @Test
    public void rendersTheLastTryWarningWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        LockScreen screen = LockScreen.openAtStart();
        for (int i = 0; i < 4; i++) {
            screen.enter("111111");
        }

        screen.screenshot("lock-last-try-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        LockScreen.openAtStart().enter("111111").screenshot("lock-night");
    }

    private static boolean homeHidesItselfFromScreenshots(ActivityController<HomeActivity> home) {
        return (home.get().getWindow().getAttributes().flags & android.view.WindowManager.LayoutParams.FLAG_SECURE) != 0;
    }
}
