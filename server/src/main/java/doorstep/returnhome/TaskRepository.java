package doorstep.returnhome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tasks are keyed by tenant and id (a submission id is unique within a tenant only), so every query names both. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TaskRepository extends GenericRepository<TaskRow, UUID> {

    TaskRow save(TaskRow task);

    Optional<TaskRow> findByIdAndTenantId(UUID id, String tenantId);

    @Query("SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<TaskRow> lock(UUID id, String tenantId);

    @Query("""
            UPDATE return_home_task SET state = :state, assigned_to = :assignedTo, claimed_at = :claimedAt,
              closed_at = :closedAt, interview_id = :interviewId
            WHERE tenant_id = :tenantId AND id = :id""")
    void change(UUID id, String tenantId, String state, @Nullable String assignedTo, @Nullable Instant claimedAt,
                @Nullable Instant closedAt, @Nullable UUID interviewId);

    @Query("""
            SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND state IN ('OPEN', 'CLAIMED')
            ORDER BY due_at, id LIMIT :limit""")
    List<TaskRow> open(String tenantId, int limit);

    @Query("""
            SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND state IN ('OPEN', 'CLAIMED') AND due_at < :now
            ORDER BY due_at, id LIMIT :limit""")
    List<TaskRow> late(String tenantId, Instant now, int limit);

    @Query("""
            SELECT * FROM return_home_task WHERE tenant_id = :tenantId AND state = 'CLOSED'
            ORDER BY due_at, id LIMIT :limit""")
    List<TaskRow> closed(String tenantId, int limit);
}
