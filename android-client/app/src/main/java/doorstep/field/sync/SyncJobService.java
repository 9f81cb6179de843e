package doorstep.field.sync;

import android.app.job.JobParameters;
import android.app.job.JobService;
import doorstep.field.FieldApp;

/**
 * The framework's entry to a sync run, started by the JobScheduler when its network constraint holds
 * (after a reboot too, the job being persisted). The run goes on the app's background thread; core's
 * job schedules any retry itself, so the platform is never asked to reschedule a finished run.
 */
public final class SyncJobService extends JobService {

    @Override
    public boolean onStartJob(JobParameters params) {
        FieldApp app = FieldApp.of(this);
        app.background().execute(() -> {
            try {
                new BackgroundSync(this).run(AndroidJobScheduler.runOf(
                        params.getJobId(), params.getExtras(), app.clock().instant()));
            } finally {
                jobFinished(params, false);
            }
        });
        return true;
    }

    /** The network went or the platform needs the time back: run again later, with backoff. Sync is idempotent. */
    @Override
    public boolean onStopJob(JobParameters params) {
        return true;
    }
}
