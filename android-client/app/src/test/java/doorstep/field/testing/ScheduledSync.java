package doorstep.field.testing;

import android.app.job.JobInfo;
import android.app.job.JobParameters;
import android.app.job.JobScheduler;
import doorstep.field.FieldApp;
import doorstep.field.sync.BackgroundSync;
import doorstep.field.sync.SyncJobService;
import org.robolectric.Robolectric;

/** The app is opened, and the send it schedules runs as the platform runs it once there is a network. */
public final class ScheduledSync {

    private ScheduledSync() {
    }

    /** @return the job service, to ask whether it finished */
    public static SyncJobService run(FieldApp app) {
        new BackgroundSync(app).appOpened();
        JobInfo send = app.getSystemService(JobScheduler.class).getAllPendingJobs().stream()
                .filter(job -> !job.isPeriodic()).findFirst()
                .orElseThrow(() -> new AssertionError("Opening the app scheduled no send"));
        JobParameters params = new JobParameters(null, null, send.getId(), send.getExtras(), null, null, 0,
                false, false, false, null, null, null);
        SyncJobService service = Robolectric.setupService(SyncJobService.class);
        if (!service.onStartJob(params)) {
            throw new AssertionError("The sync job should go on in the background");
        }
        return service;
    }
}
