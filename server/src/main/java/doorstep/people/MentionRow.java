package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A person as one source recorded them, filed under the person it was resolved to. Never moved:
 * merges work on persons, so undoing one restores exactly what was.
 *
 * @param recordCt the name, date of birth, sex and postcode as AEAD ciphertext
 * @param decision how resolution filed it: linked, new or review
 */
@MappedEntity("person_mention")
record MentionRow(@Id UUID id, String tenantId, UUID personId, String sourceType, String sourceId, String role,
                  @Nullable Instant occurredAt, byte[] recordCt, String decision, @Nullable Double weight,
                  Instant resolvedAt) {
}
