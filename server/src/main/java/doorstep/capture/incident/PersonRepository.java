package doorstep.capture.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PersonRepository extends CrudRepository<PersonRow, UUID> {
    List<PersonRow> findByIncidentIdAndTenantIdOrderByPosition(UUID incidentId, String tenantId);
}
