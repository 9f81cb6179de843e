package doorstep.mash;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact's clocks, read from its row: who holds the claim and until when, its deadline, and when
 * the deadline job saw it near or past. Ids, codes and times only. Written only by the conditional
 * updates of {@link ContactClockRepository}, never saved whole.
 */
@MappedEntity("contact")
record ContactClock(@Id UUID id, String tenantId, String captureKind, RagRating rag, String referrerAgency,
                    ContactState state, Instant receivedAt, Instant dueAt, @Nullable String claimedBy,
                    @Nullable Instant claimExpiresAt, @Nullable Instant decidedAt, @Nullable Instant nearBreachAt,
                    @Nullable Instant breachedAt) {

    /** A claim nobody renewed before its lease ran out leaves the contact queued for anyone. */
    boolean claimHeldAt(Instant now) {
        return state == ContactState.CLAIMED && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    boolean heldBy(String uid, Instant now) {
        return claimHeldAt(now) && uid.equals(claimedBy);
    }

    ContactState stateAt(Instant now) {
        return state == ContactState.CLAIMED && !claimHeldAt(now) ? ContactState.QUEUED : state;
    }

    /** A decided contact keeps the status it had when it was decided. */
    DeadlineStatus deadlineStatusAt(Instant now, double nearFraction) {
        return DeadlineStatus.of(receivedAt, dueAt, decidedAt == null ? now : decidedAt, nearFraction);
    }
}
