package doorstep.mash;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * Something sent to the MASH about the children in one capture of any kind (its {@code incidentId}),
 * waiting for a decision. Claimed and released through {@link ClaimLeases}' conditional updates, decided
 * through {@link #decide}; the version column stops two triagers overwriting each other.
 */
@MappedEntity("contact")
record Contact(@Id UUID id, String tenantId, UUID incidentId, String captureKind, UUID submissionId, String referrerUid,
               String referrerAgency, RagRating rag, String ragReasons, ContactState state, Instant receivedAt,
               Instant dueAt, int childCount, @Nullable String claimedBy, @Nullable Instant claimedAt,
               @Nullable String outcome, @Nullable byte[] rationaleCt, @Nullable String decidedBy,
               @Nullable Instant decidedAt, @Version long version) {

    static final String REASON_SEPARATOR = "\n";

    Contact decide(String triagerUid, String outcomeCode, byte[] rationaleCiphertext, Instant at) {
        if (!state.canBeDecided() || !triagerUid.equals(claimedBy)) {
            throw new IllegalStateException("contact " + id + " is not claimed by the decider");
        }
        return new Contact(id, tenantId, incidentId, captureKind, submissionId, referrerUid, referrerAgency, rag, ragReasons,
                ContactState.DECIDED, receivedAt, dueAt, childCount, claimedBy, claimedAt, outcomeCode,
                rationaleCiphertext, triagerUid, at, version);
    }
}
