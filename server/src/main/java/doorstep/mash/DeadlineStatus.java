package doorstep.mash;

import java.time.Duration;
import java.time.Instant;

/**
 * How close a contact is to its decision deadline. Near once the given share of the time between
 * receipt and deadline has gone, in elapsed time: the deadline already counts working hours only,
 * and a warning that comes early on a weekend is safer than one that comes late.
 */
enum DeadlineStatus {
    ON_TIME, NEAR, BREACHED;

    static DeadlineStatus of(Instant receivedAt, Instant dueAt, Instant asOf, double nearFraction) {
        if (asOf.isAfter(dueAt)) {
            return BREACHED;
        }
        return asOf.isBefore(nearFrom(receivedAt, dueAt, nearFraction)) ? ON_TIME : NEAR;
    }

    static Instant nearFrom(Instant receivedAt, Instant dueAt, double nearFraction) {
        long allowed = Duration.between(receivedAt, dueAt).toMillis();
        return receivedAt.plusMillis(Math.round(allowed * nearFraction));
    }

    doorstep.api.model.DeadlineStatus wire() {
        return switch (this) {
            case ON_TIME -> doorstep.api.model.DeadlineStatus.ON_TIME;
            case NEAR -> doorstep.api.model.DeadlineStatus.NEAR;
            case BREACHED -> doorstep.api.model.DeadlineStatus.BREACHED;
        };
    }
}
