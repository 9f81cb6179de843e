package doorstep.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentionRepository extends CrudRepository<MentionRow, UUID> {

    Optional<MentionRow> findByIdAndTenantId(UUID id, String tenantId);

    List<MentionRow> findByTenantIdAndPersonIdIn(String tenantId, Collection<UUID> personIds);

    List<UUID> findIdByTenantIdAndPersonIdIn(String tenantId, Collection<UUID> personIds);
}
