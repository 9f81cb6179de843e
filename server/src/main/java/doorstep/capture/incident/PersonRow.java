package doorstep.capture.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One person as an incident recorded them; kind is "adult" or "child". */
@MappedEntity("incident_person")
record PersonRow(@Id UUID id, UUID incidentId, String tenantId, UUID mentionId, int position, String kind,
                 String role, byte[] nameCt, byte[] nameIndex, @Nullable byte[] dobCt, @Nullable Integer ageYears,
                 @Nullable Boolean seen, @Nullable Boolean spokenTo, @Nullable Boolean spokenAlone,
                 @Nullable byte[] detailsCt) {
}
