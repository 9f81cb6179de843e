package doorstep.device.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The durable sync job: one {@link SyncEngine} run, retried with backoff while the server is out of
 * reach. When its attempts or lifespan run out it fails; the outbox keeps every item for the next sync.
 */
public final class SyncJob {

    public static final String FACTORY_KEY = "doorstep.sync.v1";

    private final SyncEngine engine;
    private final JobScheduler scheduler;
    private final JobSpec spec;
    private final Clock clock;
    private final Random random;

    public SyncJob(SyncEngine engine, JobScheduler scheduler, Backoff backoff, Clock clock) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.spec = new JobSpec(FACTORY_KEY, "sync", true, backoff);
        this.clock = clock;
        this.random = new Random();
    }

    public JobSpec spec() {
        return spec;
    }

    /** Asks for a first run as soon as the network allows, after a capture is sealed or the app starts. */
    public void enqueue() {
        scheduler.schedule(spec, JobRun.first(clock.instant()), Duration.ZERO);
    }

    public JobResult run(JobRun run) {
        SyncReport report = engine.sync();
        return switch (report.status()) {
            case DONE -> JobResult.SUCCESS;
            case RETRY_LATER -> retry(run, report);
            case REAUTH_NEEDED, REFUSED, DEVICE_REVOKED -> JobResult.FAILURE;
        };
    }

    private JobResult retry(JobRun run, SyncReport report) {
        Instant now = clock.instant();
        JobRun next = run.next();
        if (!spec.backoff().allows(next.attempt(), next.firstRunAt(), now)) {
            return JobResult.FAILURE;
        }
        Duration delay = report.retryAt() != null
                ? Duration.between(now, report.retryAt())
                : spec.backoff().delayAfter(run.attempt(), random);
        scheduler.schedule(spec, next, delay.isNegative() ? Duration.ZERO : delay);
        return JobResult.RETRY;
    }
}
