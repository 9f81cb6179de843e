package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * "from is {kind} of to", between the persons as they were when it was recorded; merges are
 * followed when it is read, so it survives merge and unmerge unchanged.
 */
@MappedEntity("relationship")
record RelationshipRow(@Id UUID id, String tenantId, UUID fromPersonId, UUID toPersonId, RelationshipKind kind,
                       @Nullable byte[] reasonCt, String sourceType, String sourceId, Instant createdAt) {
}
