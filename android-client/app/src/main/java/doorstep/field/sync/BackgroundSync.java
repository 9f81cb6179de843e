package doorstep.field.sync;

import android.content.Context;
import doorstep.device.outbox.OutboxState;
import doorstep.device.sync.Backoff;
import doorstep.device.sync.JobResult;
import doorstep.device.sync.JobRun;
import doorstep.device.sync.SyncJob;
import doorstep.field.FieldApp;
import doorstep.field.signin.SignInActivity;

/**
 * When and how the phone syncs: as soon as there is signal after a capture is sealed and when the app
 * opens, every 15 minutes besides, and never once the server has revoked this phone.
 */
public final class BackgroundSync {

    private final FieldApp app;
    private final AndroidJobScheduler scheduler;

    public BackgroundSync(Context context) {
        this.app = FieldApp.of(context);
        this.scheduler = new AndroidJobScheduler(app);
    }

    /** The app opened on the home screen: sync now if there is signal, and keep the periodic pull. */
    public void appOpened() {
        if (app.syncProgress().now().revoked()) {
            return;
        }
        SyncJob job = job();
        scheduler.schedulePeriodic(job.spec(), app.clock().instant());
        job.enqueue();
    }

    /** A capture was sealed: send it as soon as there is signal. */
    public void captureSealed() {
        if (!app.syncProgress().now().revoked()) {
            job().enqueue();
        }
    }

    /** One run of core's sync job, off the main thread; it schedules its own retry when it needs one. */
    JobResult run(JobRun run) {
        if (app.syncProgress().now().revoked() || !app.keepsCapturesSafe() || !app.account().isSignedIn()) {
            return JobResult.FAILURE;
        }
        app.syncProgress().started(
                app.outbox().inState(OutboxState.SEALED).size() + app.outbox().inState(OutboxState.SENT).size());
        SyncReporting reporting = new SyncReporting(app);
        JobResult result = job(reporting).run(run);
        if (reporting.wipeAsked()) {
            wipe();
            return JobResult.FAILURE;
        }
        if (app.syncProgress().now().revoked()) {
            scheduler.cancelAll(); // a revoked phone stops: no retries, no periodic pull
        }
        return result;
    }

    /** The team's wipe command: every capture and key here goes, nothing more runs, and sign-in says why. */
    private void wipe() {
        scheduler.cancelAll();
        app.wipe();
        app.startActivity(SignInActivity.afterRemoteWipe(app));
    }

    private SyncJob job() {
        return job(new SyncReporting(app));
    }

    private SyncJob job(SyncReporting reporting) {
        return new SyncJob(app.syncEngine(reporting), scheduler, Backoff.standard(), app.clock());
    }
}
