package doorstep.mash;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A background job's turn for one tenant, taken in the database so that, however many replicas
 * tick, one of them works the tenant once per interval. Times come from each server's clock: keep
 * replicas' clocks in step (NTP), as a skew near the interval could let two take one turn.
 */
@Singleton
class JobLeases {

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private final JobRunRepository runs;
    private final String holder = UUID.randomUUID().toString();

    JobLeases(JobRunRepository runs) {
        this.runs = runs;
    }

    /** True when this server took the tenant's turn until {@code now + interval}; false when another has it. */
    @Transactional
    boolean take(String job, String tenantId, Instant now, Duration interval) {
        runs.ensure(job, tenantId, LONG_AGO);
        return runs.take(job, tenantId, holder, now, now.plus(interval)) == 1;
    }
}
