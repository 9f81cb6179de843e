package doorstep.mash;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a decision says must be done, by an owner (a person's uid or an agency, exactly one) by
 * a day. Its decision never changes; the action itself is completed once and flagged overdue once.
 */
@MappedEntity("decision_action")
record DecisionAction(@Id UUID id, String tenantId, UUID decisionId, UUID contactId, int position, byte[] whatCt,
                      @Nullable String ownerUid, @Nullable String ownerAgency, LocalDate dueOn,
                      @Nullable Instant completedAt, @Nullable String completedBy, @Nullable Instant flaggedAt) {

    static final String WHAT = "what";

    DecisionAction {
        if ((ownerUid == null) == (ownerAgency == null)) {
            throw new IllegalArgumentException("An action is owned by a person or by an agency: give exactly one");
        }
    }

    boolean open() {
        return completedAt == null;
    }
}
