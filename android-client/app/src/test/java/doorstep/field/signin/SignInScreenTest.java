package doorstep.field.signin;

import android.content.Context;
import android.text.InputType;
import android.view.View;
import doorstep.field.R;
import doorstep.field.settings.ServerAddress;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The sign-in screen, driven through its page object {@link SignInScreen} on a phone-sized screen. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class SignInScreenTest {

    private final Context context = RuntimeEnvironment.getApplication();

    @Test
    public void serverAddressIsPrefilledFromTheBuild() {
        SignInScreen screen = SignInScreen.open();

        assertEquals(context.getString(R.string.default_server_address), screen.serverAddress());
        assertTrue(screen.serverAddress().startsWith("http"));
    }

    @Test
    public void serverAddressIsTheOneLastUsedWhenThereIsOne() {
        new ServerAddress(context).remember("https://doorstep.example.org");

        assertEquals("https://doorstep.example.org", SignInScreen.open().serverAddress());
    }

    @Test
    public void eachFieldBringsUpTheKeyboardItNeeds() {
        SignInScreen screen = SignInScreen.open();

        assertEquals(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_EMAIL_ADDRESS,
                screen.inputType(R.id.sign_in_email));
        assertEquals(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PASSWORD,
                screen.inputType(R.id.sign_in_password));
        assertEquals(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_URI,
                screen.inputType(R.id.sign_in_server));
    }

    @Test
    public void noErrorShowsBeforeTheOfficerTriesToSignIn() {
        assertEquals("", SignInScreen.open().error());
    }

    @Test
    public void signingInWithoutAnEmailSaysWhatToDo() {
        SignInScreen screen = SignInScreen.open().typePassword("secret").tapSignIn();

        assertEquals("Enter your email address.", screen.error());
    }

    @Test
    public void signingInWithoutAPasswordSaysWhatToDoAndGoesToThatField() {
        SignInScreen screen = SignInScreen.open().typeEmail("officer@demo.doorstep.test").tapSignIn();

        assertEquals("Enter your password.", screen.error());
        assertTrue("the password field should take the focus", screen.hasFocus(R.id.sign_in_password));
    }

    @Test
    public void aServerAddressThatIsNotAWebAddressIsCaughtOnThePhone() {
        SignInScreen screen = SignInScreen.open()
                .typeEmail("officer@demo.doorstep.test").typePassword("secret")
                .typeServerAddress("doorstep.example.org").tapSignIn();

        assertEquals("Check the server address. It should start with https:// (or http:// when testing).",
                screen.error());
    }

    @Test
    public void typedEmailSurvivesRotationButThePasswordIsNeverKept() {
        SignInScreen screen = SignInScreen.open()
                .typeEmail("officer@demo.doorstep.test").typePassword("secret")
                .typeServerAddress("https://doorstep.example.org");

        screen.rotate();

        assertEquals("officer@demo.doorstep.test", screen.email());
        assertEquals("https://doorstep.example.org", screen.serverAddress());
        assertEquals("", screen.password());
    }

    @Test
    public void theErrorLineSurvivesRotation() {
        SignInScreen screen = SignInScreen.open().tapSignIn();

        screen.rotate();

        assertEquals("Enter your email address.", screen.error());
    }

    @Test
    public void everyTouchTargetIsAtLeast48dpTall() {
        SignInScreen screen = SignInScreen.open();
        float density = context.getResources().getDisplayMetrics().density;

        for (int id : new int[] {R.id.sign_in_email, R.id.sign_in_password, R.id.sign_in_server, R.id.sign_in_button}) {
            View target = screen.view(id);
            assertTrue(context.getResources().getResourceEntryName(id) + " is " + target.getHeight() / density + "dp",
                    target.getHeight() >= 48 * density);
        }
    }

    @Test
    public void rendersAtTheNormalFontSize() {
        SignInScreen.open().typeEmail("officer@demo.doorstep.test").typePassword("secret").screenshot("sign-in");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);

        SignInScreen screen = SignInScreen.open().typeEmail("officer@demo.doorstep.test").tapSignIn();

        screen.screenshot("sign-in-large-font");
        assertEquals("Enter your password.", screen.error());
        assertTrue("the Sign in button must not need scrolling to", screen.signInButtonIsWhollyOnScreen());
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        SignInScreen.open().typeEmail("officer@demo.doorstep.test").tapSignIn().screenshot("sign-in-night");
    }
}
