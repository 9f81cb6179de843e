package doorstep.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MatchReviewRepository extends CrudRepository<MatchReviewRow, UUID> {

    Optional<MatchReviewRow> findByIdAndTenantId(UUID id, String tenantId);

    @Query("SELECT * FROM match_review WHERE tenant_id = :tenantId AND state = 'OPEN' ORDER BY created_at LIMIT :limit")
    List<MatchReviewRow> open(String tenantId, int limit);

    /** Reviews decided "same person" whose merge still stands, the latest decided first: what a manager may undo. */
    @Query("SELECT r.* FROM match_review r JOIN person_merge m ON m.id = r.merge_id"
            + " WHERE r.tenant_id = :tenantId AND m.undone_at IS NULL ORDER BY r.decided_at DESC LIMIT :limit")
    List<MatchReviewRow> standingMerges(String tenantId, int limit);
}
