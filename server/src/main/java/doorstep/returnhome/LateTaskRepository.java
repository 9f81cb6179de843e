package doorstep.returnhome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LateTaskRepository extends GenericRepository<LateTaskRow, UUID> {

    @Query("""
            SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND state IN ('OPEN', 'CLAIMED') AND due_at < :now
            ORDER BY due_at, id LIMIT :limit""")
    List<LateTaskRow> late(String tenantId, Instant now, int limit);

    @Query("""
            SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND state IN ('OPEN', 'CLAIMED') AND due_at < :now
              AND late_at IS NULL ORDER BY due_at, id""")
    List<LateTaskRow> lateUnmarked(String tenantId, Instant now);

    @Query("""
            UPDATE return_home_task SET late_at = :at
            WHERE tenant_id = :tenantId AND id = :id AND state IN ('OPEN', 'CLAIMED') AND late_at IS NULL""")
    long markLate(UUID id, String tenantId, Instant at);
}
