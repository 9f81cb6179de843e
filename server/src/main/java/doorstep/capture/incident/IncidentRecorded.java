package doorstep.capture.incident;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A domestic abuse incident as stored: the ids and facts its MASH rule reads, never names.
 *
 * @param youngestChildAgeYears null when no child's date of birth is known
 */
record IncidentRecorded(UUID incidentId, UUID submissionId, String tenantId, String referrerUid,
                               String referrerAgency, Instant recordedAt, int childCount,
                               @Nullable Integer youngestChildAgeYears, RiskLevel riskLevel,
                               boolean professionalJudgementHigh) {
}
