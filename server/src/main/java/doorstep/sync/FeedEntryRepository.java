package doorstep.sync;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedEntryRepository extends CrudRepository<FeedEntryRow, Long> {

    /**
     * The entries after {@code after} for this user (on any device, or this one) and for any of their
     * roles; each half reads its own index and stops at a page, so a long feed is never read whole.
     * {@code roles} is never empty: pass a role no one holds.
     */
    @Query("""
            SELECT * FROM (
              (SELECT * FROM feed_entry
               WHERE tenant_id = :tenantId AND recipient_uid = :recipientUid AND seq > :after
                 AND (device_id IS NULL OR device_id = :deviceId)
               ORDER BY seq LIMIT :limit)
              UNION ALL
              (SELECT * FROM feed_entry
               WHERE tenant_id = :tenantId AND audience_role IN (:roles) AND seq > :after
               ORDER BY seq LIMIT :limit)
            ) AS mine
            ORDER BY seq LIMIT :limit""")
    List<FeedEntryRow> page(String tenantId, String recipientUid, String deviceId, List<String> roles, long after,
                            int limit);
}
