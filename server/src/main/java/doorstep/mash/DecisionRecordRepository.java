package doorstep.mash;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decisions are written once and read: this repository has no way to update or delete one. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionRecordRepository extends GenericRepository<DecisionRecord, UUID> {

    DecisionRecord save(DecisionRecord decision);

    Optional<DecisionRecord> findByIdAndTenantIdAndContactId(UUID id, String tenantId, UUID contactId);

    List<DecisionRecord> findByTenantIdAndContactIdOrderByDecidedAt(String tenantId, UUID contactId);

    boolean existsByTenantIdAndCorrectsId(String tenantId, UUID correctsId);
}
