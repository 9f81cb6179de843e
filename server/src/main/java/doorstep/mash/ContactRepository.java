package doorstep.mash;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRepository extends CrudRepository<Contact, UUID> {

    Optional<Contact> findByIdAndTenantId(UUID id, String tenantId);

    @Query("SELECT * FROM contact WHERE tenant_id = :tenantId AND state = :state ORDER BY due_at, received_at LIMIT :limit")
    List<Contact> queue(String tenantId, String state, int limit);

    @Query("SELECT * FROM contact WHERE tenant_id = :tenantId AND state <> 'DECIDED' ORDER BY due_at, received_at LIMIT :limit")
    List<Contact> open(String tenantId, int limit);

    /** A correction's outcome and rationale become the contact's latest; the contact stays decided. */
    @Query("UPDATE contact SET outcome = :outcome, rationale_ct = :rationaleCt, version = version + 1 "
            + "WHERE tenant_id = :tenantId AND id = :id AND state = 'DECIDED'")
    void recordLatestOutcome(String tenantId, UUID id, String outcome, byte[] rationaleCt);

    /** Queued, or claimed with a lease that has run out: anyone may claim these. */
    @Query("""
            SELECT * FROM contact WHERE tenant_id = :tenantId AND (state = 'QUEUED' OR (state = 'CLAIMED'
              AND (claim_expires_at IS NULL OR claim_expires_at <= :now)))
            ORDER BY due_at, received_at LIMIT :limit""")
    List<Contact> claimable(String tenantId, Instant now, int limit);

    @Query("""
            SELECT * FROM contact WHERE tenant_id = :tenantId AND state = 'CLAIMED' AND claim_expires_at > :now
            ORDER BY due_at, received_at LIMIT :limit""")
    List<Contact> heldClaims(String tenantId, Instant now, int limit);

    List<Contact> findByTenantIdAndIncidentIdInAndReceivedAtLessThanOrderByReceivedAtDesc(String tenantId,
            Collection<UUID> incidentIds, Instant receivedAt);

    long countByTenantIdAndIncidentIdInAndReceivedAtGreaterThan(String tenantId, Collection<UUID> incidentIds,
            Instant since);

    /** A person's new rating, unless the contact was decided or changed since it was read: 0 rows then. */
    @Query("UPDATE contact SET rag = :rag, rag_reasons = :ragReasons, due_at = :dueAt, version = version + 1 "
            + "WHERE id = :id AND tenant_id = :tenantId AND version = :version AND state <> 'DECIDED'")
    long rerate(UUID id, String tenantId, String rag, String ragReasons, Instant dueAt, long version);
}
