package doorstep.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A field device enrolled by one user of one tenant. */
@MappedEntity("device")
public record Device(@Id UUID id, String tenantId, String userUid, String platform, String appVersion,
                     @Nullable String pushToken, Instant enrolledAt, Instant updatedAt) {
}
