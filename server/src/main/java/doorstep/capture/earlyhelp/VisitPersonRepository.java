package doorstep.capture.earlyhelp;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VisitPersonRepository extends CrudRepository<VisitPersonRow, UUID> {
    List<VisitPersonRow> findByVisitIdAndTenantIdOrderByPosition(UUID visitId, String tenantId);
}
