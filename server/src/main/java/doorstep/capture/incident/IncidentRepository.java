package doorstep.capture.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IncidentRepository extends CrudRepository<IncidentRow, UUID> {
    Optional<IncidentRow> findByIdAndTenantId(UUID id, String tenantId);
}
