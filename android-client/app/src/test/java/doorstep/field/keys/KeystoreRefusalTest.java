package doorstep.field.keys;

import android.content.Context;
import doorstep.field.FieldApp;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The production app on a phone without an Android Keystore (Robolectric has none): it refuses to
 * keep captures, says so plainly, and writes nothing. tink-android would instead keep the key in clear.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(application = FieldApp.class, qualifiers = "w360dp-h640dp-xhdpi")
public class KeystoreRefusalTest {

    private final Context context = RuntimeEnvironment.getApplication();

    @Test
    public void withoutAKeystoreTheAppOpensOnARefusalThatSaysWhy() {
        UnsafePhoneScreen screen = UnsafePhoneScreen.launchApp();

        assertEquals("This phone cannot keep captures safe", screen.title());
        assertTrue(screen.message().contains("Doorstep will not store anything on it"));
        assertTrue("the sign-in screen must not stay open behind it", screen.launcherClosed());
    }

    @Test
    public void withoutAKeystoreNothingIsWrittenToThePhone() {
        UnsafePhoneScreen.launchApp();

        assertEquals(List.of(), List.of(context.databaseList()));
        assertEquals(List.of(), filesUnder(new File(context.getApplicationInfo().dataDir, "shared_prefs")));
        assertEquals(List.of(), filesUnder(context.getNoBackupFilesDir()));
    }

    @Test
    public void withoutAKeystoreTheOutboxCannotBeReachedAtAll() {
        FieldApp app = FieldApp.of(context);

        assertFalse(app.keepsCapturesSafe());
        assertThrows(IllegalStateException.class, app::outbox);
        assertEquals(List.of(), List.of(context.databaseList()));
    }

    @Test
    public void closingLeavesTheApp() {
        assertTrue(UnsafePhoneScreen.launchApp().tapClose().isClosed());
    }

    @Test
    public void rendersAtTheNormalFontSize() {
        UnsafePhoneScreen.launchApp().screenshot("keystore-refusal");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);

        UnsafePhoneScreen.launchApp().screenshot("keystore-refusal-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        UnsafePhoneScreen.launchApp().screenshot("keystore-refusal-night");
    }

    private static List<String> filesUnder(File dir) {
        List<String> found = new ArrayList<>();
        File[] files = dir.listFiles();
        if (files != null) {
            for (File file : files) {
                found.add(file.getName());
            }
        }
        return found;
    }
}
