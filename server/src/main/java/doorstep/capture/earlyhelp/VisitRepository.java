package doorstep.capture.earlyhelp;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VisitRepository extends CrudRepository<VisitRow, UUID> {
    Optional<VisitRow> findByIdAndTenantId(UUID id, String tenantId);
}
