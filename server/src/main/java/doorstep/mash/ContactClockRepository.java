package doorstep.mash;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims, their leases and deadline marks, each one conditional UPDATE: the database decides who
 * wins, so two triagers (on one server or two) never hold one contact. Claims and releases bump the
 * version, so a decision read before a change of holder cannot be saved after it.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactClockRepository extends GenericRepository<ContactClock, UUID> {

    Optional<ContactClock> findByIdAndTenantId(UUID id, String tenantId);

    List<ContactClock> findByTenantIdAndIdIn(String tenantId, Collection<UUID> id);

    @Query("SELECT * FROM contact WHERE tenant_id = :tenantId AND state <> 'DECIDED' ORDER BY due_at, received_at")
    List<ContactClock> undecided(String tenantId);

    @Query("SELECT * FROM contact WHERE tenant_id = :tenantId AND state <> 'DECIDED' AND breached_at IS NULL")
    List<ContactClock> notYetBreached(String tenantId);

    /** Takes a queued contact, one whose lease ran out, or renews the caller's own claim; 1 if the caller now holds it. */
    @Query("""
            UPDATE contact SET
              claimed_at = CASE WHEN state = 'CLAIMED' AND claimed_by = :uid THEN claimed_at ELSE :now END,
              state = 'CLAIMED', claimed_by = :uid, claim_expires_at = :until, version = version + 1
            WHERE id = :id AND tenant_id = :tenantId
              AND (state = 'QUEUED' OR (state = 'CLAIMED'
                   AND (claimed_by = :uid OR claim_expires_at IS NULL OR claim_expires_at <= :now)))""")
    long claim(UUID id, String tenantId, String uid, Instant now, Instant until);

    @Query("""
            UPDATE contact SET claim_expires_at = :until
            WHERE id = :id AND tenant_id = :tenantId AND state = 'CLAIMED' AND claimed_by = :uid
              AND claim_expires_at > :now""")
    long renew(UUID id, String tenantId, String uid, Instant now, Instant until);

    @Query("""
            UPDATE contact SET state = 'QUEUED', claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL,
              version = version + 1
            WHERE id = :id AND tenant_id = :tenantId AND state = 'CLAIMED' AND claimed_by = :uid""")
    long release(UUID id, String tenantId, String uid);

    @Query("""
            UPDATE contact SET near_breach_at = :at
            WHERE id = :id AND tenant_id = :tenantId AND state <> 'DECIDED' AND near_breach_at IS NULL""")
    long markNear(UUID id, String tenantId, Instant at);

    @Query("""
            UPDATE contact SET breached_at = :at
            WHERE id = :id AND tenant_id = :tenantId AND state <> 'DECIDED' AND breached_at IS NULL""")
    long markBreached(UUID id, String tenantId, Instant at);
}
