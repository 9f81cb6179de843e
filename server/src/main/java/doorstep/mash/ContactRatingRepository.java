package doorstep.mash;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRatingRepository extends CrudRepository<ContactRating, UUID> {

    List<ContactRating> findByTenantIdAndContactIdIn(String tenantId, Collection<UUID> contactIds);
}
