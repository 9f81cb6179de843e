package doorstep.capture.incident;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("da_incident")
record IncidentRow(@Id UUID id, String tenantId, String referrerUid, String referrerAgency, UUID deviceId,
                   Instant occurredAt, byte[] placeCt, byte[] narrativeCt, String checklistId,
                   String checklistVersion, int yesCount, String riskLevel, boolean professionalJudgement,
                   Instant recordedAt) {
}
