package doorstep.field.sync;

import android.app.job.JobInfo;
import android.content.ComponentName;
import android.content.Context;
import android.os.PersistableBundle;
import doorstep.device.sync.JobRun;
import doorstep.device.sync.JobScheduler;
import doorstep.device.sync.JobSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * Core's scheduler on the framework JobScheduler: persisted (it outlives a reboot), waiting for a
 * network when the job needs one, with exponential backoff if the platform stops it. The run's payload
 * travels in the job's extras.
 */
final class AndroidJobScheduler implements JobScheduler {

    /** The periodic pull of outcomes, tasks and device commands. */
    static final int PERIODIC_JOB = 4100;
    /**
     * One-off runs alternate between two ids by attempt: a running job that schedules its own retry
     * under its own id would be stopped by the platform before it could finish.
     */
    static final int ONE_OFF_JOB = 4101;
    static final Duration PERIOD = Duration.ofMinutes(15);

    private static final String FACTORY_KEY = "factoryKey";
    private static final String VERSION = "version";
    private static final String ATTEMPT = "attempt";
    private static final String FIRST_RUN_AT = "firstRunAt";

    private final Context context;
    private final android.app.job.JobScheduler platform;

    AndroidJobScheduler(Context context) {
        this.context = context;
        this.platform = context.getSystemService(android.app.job.JobScheduler.class);
    }

    @Override
    public void schedule(JobSpec spec, JobRun run, Duration delay) {
        JobInfo.Builder job = builder(ONE_OFF_JOB + run.attempt() % 2, spec, run)
                .setMinimumLatency(delay.toMillis());
        platform.schedule(job.build());
    }

    /** Schedules the periodic pull unless it is already scheduled, so its period is not restarted. */
    void schedulePeriodic(JobSpec spec, Instant now) {
        if (platform.getPendingJob(PERIODIC_JOB) == null) {
            platform.schedule(builder(PERIODIC_JOB, spec, JobRun.first(now)).setPeriodic(PERIOD.toMillis()).build());
        }
    }

    /** After a wipe or a revocation: nothing more may run. */
    void cancelAll() {
        platform.cancel(PERIODIC_JOB);
        platform.cancel(ONE_OFF_JOB);
        platform.cancel(ONE_OFF_JOB + 1);
    }

    /** The payload of a one-off run; a periodic run starts afresh each time. */
    static JobRun runOf(int jobId, PersistableBundle extras, Instant now) {
        if (jobId == PERIODIC_JOB || extras.getInt(VERSION, 0) != JobRun.CURRENT_VERSION) {
            return JobRun.first(now);
        }
        return new JobRun(JobRun.CURRENT_VERSION, extras.getInt(ATTEMPT, 1),
                Instant.ofEpochMilli(extras.getLong(FIRST_RUN_AT, now.toEpochMilli())));
    }

    private JobInfo.Builder builder(int id, JobSpec spec, JobRun run) {
        PersistableBundle extras = new PersistableBundle();
        extras.putString(FACTORY_KEY, spec.factoryKey());
        extras.putInt(VERSION, run.version());
        extras.putInt(ATTEMPT, run.attempt());
        extras.putLong(FIRST_RUN_AT, run.firstRunAt().toEpochMilli());
        return new JobInfo.Builder(id, new ComponentName(context, SyncJobService.class))
                .setRequiredNetworkType(spec.needsNetwork() ? JobInfo.NETWORK_TYPE_ANY : JobInfo.NETWORK_TYPE_NONE)
                .setPersisted(true)
                .setBackoffCriteria(spec.backoff().initialDelay().toMillis(), JobInfo.BACKOFF_POLICY_EXPONENTIAL)
                .setExtras(extras);
    }
}
