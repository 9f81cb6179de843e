package doorstep.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** The ledger is keyed by tenant and submission id: never look a submission up by its id alone. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SubmissionRepository extends CrudRepository<SubmissionRow, UUID> {

    Optional<SubmissionRow> findByIdAndTenantId(UUID id, String tenantId);
}
