package doorstep.device.sync;

import java.time.Instant;

/**
 * A job's stored payload: which attempt this is and when the first one ran. The scheduler keeps
 * these fields with the job; {@code version} changes with the shape, with a migration test.
 */
public record JobRun(int version, int attempt, Instant firstRunAt) {

    public static final int CURRENT_VERSION = 1;

    public static JobRun first(Instant now) {
        return new JobRun(CURRENT_VERSION, 1, now);
    }

    public JobRun next() {
        return new JobRun(version, attempt + 1, firstRunAt);
    }
}
