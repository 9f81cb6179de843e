package doorstep.field.signin;

import doorstep.field.testing.StandInBackend;
import doorstep.field.testing.TestFieldApp;
import java.io.IOException;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Signing in against Firebase Auth's REST API and enrolling the phone, through the sign-in screen. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class SignInFlowTest {

    private final StandInBackend backend = new StandInBackend();
    private final String server = backend.connect(TestFieldApp.get());

    @After
    public void stop() throws IOException {
        backend.close();
    }

    @Test
    public void signingInEnrolsThePhoneThenAsksForAPin() {
        SignInScreen screen = signInWith(StandInBackend.PASSWORD);

        assertEquals("", screen.error());
        assertEquals("PinSetupActivity", screen.nextScreen());
        assertTrue(screen.isClosed());
        assertEquals(List.of("POST /identitytoolkit.googleapis.com/v1/accounts:signInWithPassword", "POST /v1/devices"),
                backend.calls());
    }

    @Test
    public void aWrongPasswordIsSaidPlainlyAndThePhoneIsNotEnrolled() {
        SignInScreen screen = signInWith("wrong-password");

        assertEquals("That email address and password do not match. Check them and try again.", screen.error());
        assertEquals("", screen.nextScreen());
        assertEquals("", screen.password());
        assertFalse(backend.calls().contains("POST /v1/devices"));
    }

    @Test
    public void tooManyTriesSaysWhatToDo() {
        backend.refuseSignInWith("TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled");

        assertEquals("Too many tries. Wait a few minutes, then try again, or ask your team to reset your password.",
                signInWith(StandInBackend.PASSWORD).error());
    }

    @Test
    public void aDisabledAccountSaysWhoCanSwitchItBackOn() {
        backend.refuseSignInWith("USER_DISABLED");

        assertEquals("Your account is switched off. Ask your team to switch it back on.",
                signInWith(StandInBackend.PASSWORD).error());
    }

    @Test
    public void noSignalIsSaidPlainly() throws IOException {
        backend.close();

        assertEquals("No signal. Move to where there is signal, then try again.",
                signInWith(StandInBackend.PASSWORD).error());
    }

    @Test
    public void signingInAgainFromHomeSaysWhyThenGoesBackAndSends() {
        signInWith(StandInBackend.PASSWORD);
        TestFieldApp.get().pin().set("024680");
        org.robolectric.Shadows.shadowOf(TestFieldApp.get()).clearNextStartedActivities();
        SignInScreen screen = SignInScreen.openAgain();
        assertEquals(RuntimeEnvironment.getApplication().getString(doorstep.field.R.string.sign_in_again), screen.error());

        screen.typeEmail(StandInBackend.EMAIL).typePassword(StandInBackend.PASSWORD).tapSignIn();

        assertEquals("no lock, no PIN: back to home", "", screen.nextScreen());
        assertTrue(screen.isClosed());
        assertFalse("a send is asked for", RuntimeEnvironment.getApplication()
                .getSystemService(android.app.job.JobScheduler.class).getAllPendingJobs().isEmpty());
    }

    @Test
    public void anotherOfficerCannotSignInOverTheWorkWaitingOnThisPhone() {
        signInWith(StandInBackend.PASSWORD);
        TestFieldApp.get().pin().set("024680");
        backend.signInAs("uid-another-officer");
        SignInScreen screen = SignInScreen.openAgain();

        screen.typeEmail(StandInBackend.EMAIL).typePassword(StandInBackend.PASSWORD).tapSignIn();

        assertEquals("This phone holds another officer's work. Sign in as them, or ask your team to wipe the phone first.",
                screen.error());
        assertFalse("still on the sign-in screen", screen.isClosed());
        assertFalse("the other officer is not left signed in", TestFieldApp.get().account().isSignedIn());
    }

    @Test
    public void rendersASignInErrorAtTheNormalFontSize() {
        signInWith("wrong-password").screenshot("sign-in-error");
    }

    @Test
    public void rendersASignInErrorWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);

        SignInScreen screen = signInWith("wrong-password");

        screen.screenshot("sign-in-error-large-font");
        assertTrue("the Sign in button must not need scrolling to", screen.signInButtonIsWhollyOnScreen());
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersASignInErrorInTheNightTheme() {
        signInWith("wrong-password").screenshot("sign-in-error-night");
    }

    private SignInScreen signInWith(String password) {
        return SignInScreen.open().typeEmail(StandInBackend.EMAIL).typePassword(password)
                .typeServerAddress(server).tapSignIn();
    }
}
