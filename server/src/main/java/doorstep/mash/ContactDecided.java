package doorstep.mash;

import java.time.Instant;
import java.util.UUID;

/** A triager decided a contact; the referrer is told. The outcome is a code, never the rationale. */
public record ContactDecided(UUID contactId, String tenantId, UUID submissionId, String referrerUid, String outcome,
                             Instant decidedAt) {
}
