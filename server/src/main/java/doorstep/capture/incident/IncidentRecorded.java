package doorstep.capture.incident;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A domestic abuse incident was stored. Published inside the storing transaction, so whatever a
 * listener writes is stored with it or not at all. Carries ids and facts for triage, never names.
 *
 * @param youngestChildAgeYears null when no child's date of birth is known
 */
public record IncidentRecorded(UUID incidentId, UUID submissionId, String tenantId, String referrerUid,
                               String referrerAgency, Instant recordedAt, int childCount,
                               @Nullable Integer youngestChildAgeYears, RiskLevel riskLevel,
                               boolean professionalJudgementHigh) {
}
