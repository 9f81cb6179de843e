package doorstep.mash;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RatingChangeRepository extends CrudRepository<RatingChange, UUID> {

    List<RatingChange> findByTenantIdAndContactIdOrderByChangedAt(String tenantId, UUID contactId);
}
