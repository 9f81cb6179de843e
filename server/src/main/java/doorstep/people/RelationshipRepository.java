package doorstep.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RelationshipRepository extends CrudRepository<RelationshipRow, UUID> {

    @Query("""
            SELECT * FROM relationship WHERE tenant_id = :tenantId
              AND (from_person_id IN (:persons) OR to_person_id IN (:persons)) ORDER BY created_at""")
    List<RelationshipRow> touching(String tenantId, Collection<UUID> persons);
}
