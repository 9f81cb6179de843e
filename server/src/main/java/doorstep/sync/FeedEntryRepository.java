package doorstep.sync;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedEntryRepository extends CrudRepository<FeedEntryRow, Long> {

    @Query("""
            SELECT * FROM feed_entry
            WHERE tenant_id = :tenantId AND recipient_uid = :recipientUid AND seq > :after
              AND (device_id IS NULL OR device_id = :deviceId)
            ORDER BY seq LIMIT :limit""")
    List<FeedEntryRow> page(String tenantId, String recipientUid, String deviceId, long after, int limit);
}
