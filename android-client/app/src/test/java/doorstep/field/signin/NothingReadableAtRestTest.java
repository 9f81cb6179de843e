package doorstep.field.signin;

import android.content.Context;
import doorstep.device.outbox.Outbox;
import doorstep.field.FieldApp;
import doorstep.field.home.HomeScreen;
import doorstep.field.testing.FeedEntries;
import doorstep.field.testing.SignedInPhone;
import doorstep.field.testing.StandInBackend;
import doorstep.field.testing.TestFieldApp;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.shadows.ShadowLog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * After a sign-in, an enrolment and drafts holding a child's words, the app's files are read as an
 * attacker with the phone's storage would: no child's words, no password, no token in the database
 * file, its journals or shared_prefs; and none of them, nor the email, in the log. A child named on
 * the home screen (a task opened here) is in no file under the app's data folder.
 */
@RunWith(RobolectricTestRunner.class)
public class NothingReadableAtRestTest {

    private static final String CANARY = "Marmalade-Kestrel-Canary";

    private final Context context = RuntimeEnvironment.getApplication();
    private final StandInBackend backend = new StandInBackend();

    @After
    public void stop() throws IOException {
        backend.close();
    }

    @Test
    public void noChildsWordsNorCredentialIsReadableInTheAppsFiles() throws IOException {
        signInAndSaveDrafts();

        String database = contentsOf(context.getDatabasePath("doorstep-device.db").getParentFile());
        String preferences = contentsOf(new File(context.getApplicationInfo().dataDir, "shared_prefs"));

        assertTrue("the scan must read the database: its plain columns are there", database.contains("domestic-abuse-incident"));
        for (String secret : List.of(CANARY, StandInBackend.PASSWORD, "refresh-1", "id-token-7q")) {
            assertFalse(secret + " is readable in the database files", database.contains(secret));
            assertFalse(secret + " is readable in shared_prefs", preferences.contains(secret));
        }
    }

    @Test
    public void nothingSensitiveIsLoggedDuringSignInEnrolmentAndSaving() {
        ShadowLog.clear();

        signInAndSaveDrafts();

        List<String> logged = new ArrayList<>();
        for (ShadowLog.LogItem item : ShadowLog.getLogs()) {
            logged.add(item.tag + " " + item.msg + " " + item.throwable);
        }
        for (String secret : List.of(CANARY, StandInBackend.PASSWORD, StandInBackend.EMAIL, "refresh-1", "id-token-7q")) {
            assertEquals(secret + " was logged", List.of(), logged.stream().filter(line -> line.contains(secret)).toList());
        }
    }

    @Test
    public void theChildOfAnOpenedTaskIsNamedOnHomeButReadableInNoFile() throws Exception {
        UUID task = UUID.randomUUID();
        try (SignedInPhone phone = new SignedInPhone()) {
            phone.backend.addToFeed(FeedEntries.taskDueIn(task, Duration.ofHours(20)));
            phone.backend.knowTask(FeedEntries.returnOf(task, Duration.ofHours(20), CANARY, "Canary-Family"));
            phone.syncs();

            HomeScreen home = HomeScreen.open().tap("task:" + task).comeBack();

            assertTrue("the name is kept: the scan below is not vacuous", home.row("task:" + task).contains(CANARY));
        }
        String everything = contentsOfAll(new File(context.getApplicationInfo().dataDir));
        assertTrue("the scan must reach the database", everything.contains("TASK_CHILDREN"));
        assertFalse("the child's name is readable in the app's files", everything.contains(CANARY));
        assertFalse("the child's name is readable in the app's files", everything.contains("Canary-Family"));
    }

    private void signInAndSaveDrafts() {
        String server = backend.connect(TestFieldApp.get());
        SignInScreen screen = SignInScreen.open().typeEmail(StandInBackend.EMAIL).typePassword(StandInBackend.PASSWORD)
                .typeServerAddress(server).tapSignIn();
        assertEquals("PinSetupActivity", screen.nextScreen());
        FieldApp app = FieldApp.of(context);
        app.pin().set("024680");
        Outbox outbox = app.outbox();
        UUID draft = outbox.saveDraft("domestic-abuse-incident", "{\"childWords\":\"" + CANARY + " said so\"}");
        outbox.updateDraft(draft, "{\"childWords\":\"" + CANARY + " said so, twice\"}");
        UUID discarded = outbox.saveDraft("domestic-abuse-incident", "{\"childWords\":\"" + CANARY + "\"}");
        outbox.discardDraft(discarded);
    }

    /** Every file under the folder, in every subfolder, read as {@link #contentsOf} reads them. */
    private static String contentsOfAll(File folder) throws IOException {
        StringBuilder all = new StringBuilder(contentsOf(folder));
        File[] files = folder.listFiles();
        if (files != null) {
            for (File file : files) {
                if (file.isDirectory()) {
                    all.append(contentsOfAll(file));
                }
            }
        }
        return all.toString();
    }

    /** Every file in the folder, as Latin-1 so any byte sequence reads back as the same characters. */
    private static String contentsOf(File folder) throws IOException {
        StringBuilder all = new StringBuilder();
        File[] files = folder.listFiles();
        if (files != null) {
            for (File file : files) {
                if (file.isFile()) {
                    all.append(new String(Files.readAllBytes(file.toPath()), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all.toString();
    }
}
