package doorstep.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Devices are keyed by tenant and id: never look one up, or change one, by its id alone. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeviceRepository extends CrudRepository<Device, UUID> {

    Optional<Device> findByIdAndTenantId(UUID id, String tenantId);

    List<Device> findByTenantIdAndUserUidAndRevokedAtIsNull(String tenantId, String userUid);

    @Query("UPDATE device SET platform = :platform, app_version_ct = :appVersionCt, push_token_ct = :pushTokenCt, "
            + "updated_at = :updatedAt WHERE tenant_id = :tenantId AND id = :id")
    void reenrol(String tenantId, String id, String platform, byte[] appVersionCt, @Nullable byte[] pushTokenCt,
                 Instant updatedAt);

    @Query("UPDATE device SET revoked_at = COALESCE(revoked_at, :revokedAt) WHERE tenant_id = :tenantId AND id = :id")
    void revoke(String tenantId, String id, Instant revokedAt);
}
