package doorstep.mash;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface JobRunRepository extends GenericRepository<JobRun, String> {

    /** Makes the row once; on a duplicate it takes the row's exclusive lock, so two first runs queue rather than deadlock. */
    @Query("""
            INSERT INTO job_run (job, tenant_id, holder, lease_until) VALUES (:job, :tenantId, '', :longAgo)
            ON DUPLICATE KEY UPDATE holder = holder""")
    void ensure(String job, String tenantId, Instant longAgo);

    @Query("""
            UPDATE job_run SET holder = :holder, lease_until = :until
            WHERE job = :job AND tenant_id = :tenantId AND lease_until <= :now""")
    long take(String job, String tenantId, String holder, Instant now, Instant until);
}
