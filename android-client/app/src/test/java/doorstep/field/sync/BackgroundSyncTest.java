package doorstep.field.sync;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import android.content.Intent;
import android.widget.TextView;
import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.Outcome;
import doorstep.device.outbox.OutboxState;
import doorstep.field.R;
import doorstep.field.home.HomeScreen;
import doorstep.field.returnhome.ReturnHomeInterviewActivity;
import doorstep.field.signin.SignInActivity;
import doorstep.field.testing.FeedEntries;
import doorstep.field.testing.SignedInPhone;
import doorstep.field.testing.TestFieldApp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/**
 * Sending in the background: the job the app schedules through the framework JobScheduler, run as the
 * platform runs it, against a stand-in Doorstep server on a local port (the real server's end-to-end
 * setup needs MariaDB and the Auth emulator, which the app module's build does not start).
 */
@RunWith(RobolectricTestRunner.class)
public class BackgroundSyncTest {

    private static final int FIRST_RUN = AndroidJobScheduler.ONE_OFF_JOB + 1;

    private final TestFieldApp app = TestFieldApp.get();
    private final JobScheduler jobs = app.getSystemService(JobScheduler.class);
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
    public void openingTheAppSchedulesAPersistedSendThatWaitsForANetworkAndBacksOff() {
        HomeScreen.open();

        JobInfo send = jobs.getPendingJob(FIRST_RUN);
        assertNotNull("a send as soon as there is signal", send);
        assertTrue("survives a reboot", send.isPersisted());
        assertEquals(JobInfo.NETWORK_TYPE_ANY, send.getNetworkType());
        assertEquals(JobInfo.BACKOFF_POLICY_EXPONENTIAL, send.getBackoffPolicy());
        assertEquals(SyncJobService.class.getName(), send.getService().getClassName());
    }

    @Test
    public void openingTheAppKeepsAPeriodicPullEveryFifteenMinutes() {
        HomeScreen.open();

        JobInfo pull = jobs.getPendingJob(AndroidJobScheduler.PERIODIC_JOB);
        assertTrue(pull.isPeriodic());
        assertEquals(Duration.ofMinutes(15).toMillis(), pull.getIntervalMillis());
        assertTrue(pull.isPersisted());
        assertEquals(JobInfo.NETWORK_TYPE_ANY, pull.getNetworkType());
    }

    @Test
    public void aSealedCaptureAsksForASend() {
        new BackgroundSync(app).captureSealed();

        assertTrue(jobs.getPendingJob(FIRST_RUN).isPersisted());
    }

    @Test
    public void theScheduledJobSendsSealedCapturesAndFinishes() {
        UUID first = phone.sealed();
        UUID second = phone.sealed();

        SyncJobService service = phone.syncs();

        assertEquals(Set.of(first, second), Set.copyOf(phone.backend.received()));
        assertEquals(OutboxState.RECEIPTED, app.outbox().item(first).orElseThrow().state());
        assertEquals(OutboxState.RECEIPTED, app.outbox().item(second).orElseThrow().state());
        assertTrue(shadowOf(service).getIsJobFinished());
    }

    @Test
    public void aSentCaptureShowsItsReceiptTimeAndTheMashOutcomeOnHome() {
        UUID sent = phone.sealed();
        phone.backend.addToFeed(FeedEntries.outcome(sent, Outcome.EARLY_HELP));

        phone.syncs();
        HomeScreen home = HomeScreen.open();

        String row = home.row("sent:" + sent);
        assertTrue(row, row.contains("Received by the server "));
        assertTrue(row, row.endsWith("MASH decided: early help"));
        assertTrue(home.syncLine(), home.syncLine().startsWith("All sent at "));
    }

    @Test
    public void aTaskFromTheFeedShowsItsTimeLeftAndOpensItsInterview() {
        UUID task = UUID.randomUUID();
        Duration left = Duration.ofHours(14).plusMinutes(30);
        phone.backend.addToFeed(FeedEntries.taskDueIn(task, left));
        phone.backend.knowTask(FeedEntries.mayasReturn(task, left));

        phone.syncs();
        HomeScreen home = HomeScreen.open();

        assertTrue(home.row("task:" + task),
                home.row("task:" + task).startsWith("Return home interview — open to see who\nDue in 14 h"));
        Intent interview = home.tap("task:" + task).started();
        assertEquals(ReturnHomeInterviewActivity.class.getName(), interview.getComponent().getClassName());
        assertEquals("Maya", interview.getStringExtra("doorstep.field.returnhome.GIVEN_NAME"));
    }

    @Test
    public void aWipeCommandDeletesEverythingAndTheSignInScreenSaysWhy() {
        UUID kept = phone.sealed();
        phone.backend.addToFeed(FeedEntries.wipe());

        phone.syncs();

        assertFalse(app.account().isSignedIn());
        assertTrue(app.outbox().item(kept).isEmpty());
        assertNull("nothing more is scheduled", jobs.getPendingJob(AndroidJobScheduler.PERIODIC_JOB));
        Intent signIn = shadowOf(app).getNextStartedActivity();
        assertEquals(SignInActivity.class.getName(), signIn.getComponent().getClassName());
        SignInActivity screen = Robolectric.buildActivity(SignInActivity.class, signIn).setup().get();
        assertEquals(app.getString(R.string.sign_in_wiped_remotely),
                ((TextView) screen.findViewById(R.id.sign_in_error)).getText().toString());
    }

    @Test
    public void aRevokedDeviceIsToldPlainlyAndStopsSyncing() {
        UUID kept = phone.sealed();
        phone.backend.refuseDoorstepCallsWith("/problems/device-revoked");

        phone.syncs();
        HomeScreen home = HomeScreen.open();

        assertEquals(HomeScreen.REVOKED_LINE, home.syncLine());
        assertEquals("no retry, no periodic pull", List.of(), jobs.getAllPendingJobs());
        assertEquals(OutboxState.SENT, app.outbox().item(kept).orElseThrow().state());
        int calls = phone.backend.calls().size();
        new BackgroundSync(app).appOpened();
        new BackgroundSync(app).captureSealed();
        assertEquals(List.of(), jobs.getAllPendingJobs());
        assertEquals(calls, phone.backend.calls().size());
    }

    @Test
    public void aLockCommandLocksTheApp() {
        app.lock().unlocked();
        phone.backend.addToFeed(FeedEntries.command(DeviceAction.LOCK));

        phone.syncs();

        assertTrue(app.lock().isLocked());
    }
}
