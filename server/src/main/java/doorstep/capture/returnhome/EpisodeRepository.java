package doorstep.capture.returnhome;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EpisodeRepository extends CrudRepository<EpisodeRow, UUID> {
    Optional<EpisodeRow> findByIdAndTenantId(UUID id, String tenantId);
}
