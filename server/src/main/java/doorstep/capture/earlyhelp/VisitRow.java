package doorstep.capture.earlyhelp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An early help visit as stored, under its submission's id; everything typed or identifying is sealed. */
@MappedEntity("eh_visit")
record VisitRow(@Id UUID id, String tenantId, String referrerUid, String referrerAgency, UUID deviceId,
                String formVersion, Instant visitedAt, byte[] placeCt, byte[] analysisCt, byte[] nextActionsCt,
                byte[] relationshipsCt, boolean escalated, boolean immediateRisk,
                @Nullable byte[] escalationReasonCt, Instant recordedAt) {
}
