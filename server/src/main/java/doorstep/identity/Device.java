package doorstep.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A field device enrolled by one user of one tenant. Its id is the device's own, unique within
 * the tenant (the key is tenant and id): another tenant's device with the same id is another device.
 *
 * @param appVersionCt the app version the device sent, sealed (see DeviceFields)
 * @param pushTokenCt its push token, sealed
 * @param revokedAt   when an administrator revoked it; a revoked device is refused from then on
 */
@MappedEntity("device")
public record Device(@Id UUID id, String tenantId, String userUid, String platform, byte[] appVersionCt,
                     @Nullable byte[] pushTokenCt, Instant enrolledAt, Instant updatedAt,
                     @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
