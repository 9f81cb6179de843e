package doorstep.capture.incident;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A domestic abuse incident as stored: the ids and facts its MASH rule reads, never names.
 *
 * @param checklistLevel        the level the DASH answers give on their own, without the officer's judgement
 * @param youngestChildBorn     the youngest child's date of birth; null when no child's is known
 * @param occurredOn            the day of the incident, for the children's ages
 * @param childInjured          whether the officer recorded any child as injured
 */
record IncidentRecorded(UUID incidentId, UUID submissionId, String tenantId, String referrerUid,
                        String referrerAgency, Instant recordedAt, int childCount, RiskLevel checklistLevel,
                        boolean professionalJudgementHigh, @Nullable LocalDate youngestChildBorn,
                        LocalDate occurredOn, boolean childInjured) {
}
