package doorstep.console;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReadingReasonRepository extends CrudRepository<ReadingReason, UUID> {

    long deleteByGivenAtLessThanAndReasonNotEqual(Instant cutoff, String reason);
}
