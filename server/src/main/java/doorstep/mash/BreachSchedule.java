package doorstep.mash;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Ticks the deadline job on every replica; the job's per-tenant lease keeps it to one run per tenant. */
@Singleton
@Requires(property = "doorstep.mash.breaches.enabled", notEquals = "false")
class BreachSchedule {

    private final BreachJob job;

    BreachSchedule(BreachJob job) {
        this.job = job;
    }

    @Scheduled(fixedRate = "${doorstep.mash.breaches.interval:1m}", initialDelay = "${doorstep.mash.breaches.interval:1m}")
    void tick() {
        job.runDue();
    }
}
