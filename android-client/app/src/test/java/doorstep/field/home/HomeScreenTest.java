package doorstep.field.home;

import android.content.Intent;
import android.net.ConnectivityManager;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.sync.SyncReport;
import doorstep.device.sync.SyncStatus;
import doorstep.field.capture.CaptureActivity;
import doorstep.field.incident.IncidentActivity;
import doorstep.field.signin.SignInActivity;
import doorstep.field.sync.SyncProgress;
import doorstep.field.testing.FeedEntries;
import doorstep.field.testing.SignedInPhone;
import doorstep.field.testing.TestFieldApp;
import doorstep.field.visit.EarlyHelpVisitActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/** The home screen: one sync line in plain English for each state, and nothing refused dropped. */
@RunWith(RobolectricTestRunner.class)
public class HomeScreenTest {

    private final TestFieldApp app = TestFieldApp.get();
    private SignedInPhone phone;

    @Before
    public void signIn() throws Exception {
        phone = new SignedInPhone();
    }

    @After
    public void stopBackend() throws Exception {
        phone.close();
    }

    @Test
    public void withNoSignalTheSyncLineSaysHowManyWait() {
        phone.sealed();
        phone.sealed();
        phone.sealed();
        noSignal();

        assertEquals("No signal: 3 waiting", HomeScreen.open().syncLine());
    }

    @Test
    public void whileSendingTheSyncLineSaysHowFarItGot() {
        HomeScreen home = HomeScreen.open();
        SyncProgress progress = app.syncProgress();
        progress.started(12);
        progress.settledOne();
        progress.settledOne();

        assertEquals("Sending 3 of 12", home.idle().syncLine());
    }

    @Test
    public void onceEverythingIsSentTheSyncLineSaysWhen() {
        Instant sentAt = Instant.now();
        app.syncProgress().finished(new SyncReport(SyncStatus.DONE, 2, 0, 0, null, null), sentAt);

        assertEquals("All sent at " + DateTimeFormatter.ofPattern("HH:mm").format(sentAt.atZone(ZoneId.systemDefault())),
                HomeScreen.open().syncLine());
    }

    @Test
    public void whenTheSignInRunsOutTheSyncLineAsksToSignInAgain() {
        phone.sealed();
        phone.sealed();
        app.syncProgress().finished(new SyncReport(SyncStatus.REAUTH_NEEDED, 0, 0, 2, "Sign in again", null),
                Instant.now());

        assertEquals("Sign in again to send 2 waiting. They are kept safe on this phone.", HomeScreen.open().syncLine());
    }

    @Test
    public void whenTheSignInRunsOutTappingTheSyncLineOpensTheSignInScreen() {
        phone.sealed();
        app.syncProgress().finished(new SyncReport(SyncStatus.REAUTH_NEEDED, 0, 0, 1, "Sign in again", null),
                Instant.now());

        Intent opened = HomeScreen.open().tapSyncLine().started();

        assertEquals(SignInActivity.class.getName(), opened.getComponent().getClassName());
    }

    @Test
    public void aSyncLineThatAsksNothingOfTheOfficerIsNotTappable() {
        phone.sealed();
        noSignal();

        HomeScreen home = HomeScreen.open();

        assertFalse(home.syncLineIsTappable());
        assertNull(home.tapSyncLine().started());
    }

    @Test
    public void whenTheServerRefusesTheSendTheSyncLineSaysWhatItSaidAndWhatToDo() {
        phone.sealed();
        app.syncProgress().finished(new SyncReport(SyncStatus.REFUSED, 0, 0, 1,
                "Your role does not allow this: ask your administrator.", null), Instant.now());

        assertEquals("Not sent: Your role does not allow this: ask your administrator. 1 waiting, kept on this phone."
                + " Tell your IT support.", HomeScreen.open().syncLine());
    }

    @Test
    public void whenTheServerDoesNotAnswerTheSyncLineSaysItTriesAgainByItself() {
        phone.sealed();
        app.syncProgress().finished(new SyncReport(SyncStatus.RETRY_LATER, 0, 0, 1, "Could not reach the server.",
                null), Instant.now());

        assertEquals("1 waiting. The server did not answer; Doorstep tries again by itself.", HomeScreen.open().syncLine());
    }

    @Test
    public void aRefusedCaptureStaysVisibleWithItsReasonAndWhatToDo() {
        UUID refused = phone.sealed();
        app.outbox().markRejected(refused, "The form version is not known to the server.");

        HomeScreen home = HomeScreen.open();

        String row = home.row("refused:" + refused);
        assertTrue(row, row.startsWith("Domestic abuse incident, started "));
        assertTrue(row, row.contains("The form version is not known to the server."));
        assertTrue(row, row.contains(HomeList.REFUSED_WHAT_TO_DO));
        assertTrue("still there after coming back", home.comeBack().shows("refused:" + refused));
    }

    @Test
    public void aSealedCaptureIsListedAsReadyToSend() {
        UUID waiting = phone.sealed();

        assertTrue(HomeScreen.open().row("waiting:" + waiting).contains("It goes when there is signal."));
    }

    @Test
    public void aTaskNamesItsChildOnceOpenedAndNotBefore() {
        UUID task = UUID.randomUUID();
        phone.backend.addToFeed(FeedEntries.taskDueIn(task, Duration.ofHours(20)));
        phone.backend.knowTask(FeedEntries.mayasReturn(task, Duration.ofHours(20)));
        phone.syncs();
        HomeScreen home = HomeScreen.open();
        assertTrue(home.row("task:" + task), home.row("task:" + task).startsWith(HomeList.TASK_NOT_YET_OPENED + "\n"));

        home.tap("task:" + task).comeBack();

        assertTrue(home.row("task:" + task), home.row("task:" + task).startsWith("Return home interview with Maya Khan\n"));
    }

    @Test
    public void aWipedPhoneForgetsWhoItsTasksWereAbout() throws Exception {
        UUID task = UUID.randomUUID();
        phone.backend.addToFeed(FeedEntries.taskDueIn(task, Duration.ofHours(20)));
        phone.backend.knowTask(FeedEntries.mayasReturn(task, Duration.ofHours(20)));
        phone.syncs();
        HomeScreen.open().tap("task:" + task);
        assertTrue(app.tasks().childOf(task).isPresent());

        app.wipe();

        assertTrue(app.tasks().childOf(task).isEmpty());
    }

    @Test
    public void aDraftOpensAgainInItsOwnForm() {
        UUID draft = app.outbox().saveDraft(DomesticAbuseIncidents.KIND, "{}");

        Intent opened = HomeScreen.open().tap("draft:" + draft).started();

        assertEquals(IncidentActivity.class.getName(), opened.getComponent().getClassName());
        assertEquals(draft.toString(), opened.getStringExtra(CaptureActivity.EXTRA_DRAFT));
    }

    @Test
    public void eachNewCaptureButtonOpensItsForm() {
        HomeScreen home = HomeScreen.open();

        assertEquals(EarlyHelpVisitActivity.class.getName(),
                home.tap("new:early-help-visit").started().getComponent().getClassName());
        assertEquals(IncidentActivity.class.getName(),
                home.tap("new:domestic-abuse-incident").started().getComponent().getClassName());
    }

    private static void noSignal() {
        ConnectivityManager connectivity = RuntimeEnvironment.getApplication().getSystemService(ConnectivityManager.class);
        shadowOf(connectivity).setActiveNetworkInfo(null);
    }
}
