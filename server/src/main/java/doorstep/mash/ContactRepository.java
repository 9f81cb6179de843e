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

    // A child's contacts by either path, each contact once; a UNION lets each path use its own index
    // (uq_contact_incident, ix_contact_child_mention).
    String ABOUT_A_CHILD = """
             FROM contact c JOIN (
              SELECT id AS contact_id FROM contact WHERE tenant_id = :tenantId AND incident_id IN (:captureIds)
              UNION
              SELECT contact_id FROM contact_child WHERE tenant_id = :tenantId AND child_mention_id IN (:mentionIds)
            ) about ON about.contact_id = c.id
            """;
    String ABOUT_A_CHILD_SELECT = "SELECT c.*" + ABOUT_A_CHILD;
    String ABOUT_A_CHILD_COUNT = "SELECT COUNT(*)" + ABOUT_A_CHILD;

    /** Records that the contact was opened for this child, as its capture's kind named them. */
    @Query("INSERT INTO contact_child (contact_id, tenant_id, child_mention_id) VALUES (:contactId, :tenantId, :childMentionId)")
    void openedFor(UUID contactId, String tenantId, UUID childMentionId);

    /**
     * The contacts received before {@code before} about a child, newest first, each once: those
     * whose capture mentions the child ({@code captureIds}) and those opened for one of the child's
     * mentions, whatever their own capture names.
     */
    @Query(ABOUT_A_CHILD_SELECT + """
              WHERE c.received_at < :before AND c.id <> :contactId ORDER BY c.received_at DESC""")
    List<Contact> aboutAChildBefore(String tenantId, Collection<UUID> captureIds, Collection<UUID> mentionIds,
                                    UUID contactId, Instant before);

    /** How many of a child's contacts, found as {@link #aboutAChildBefore}, were received after {@code since}. */
    @Query(ABOUT_A_CHILD_COUNT + """
              WHERE c.received_at > :since AND c.incident_id <> :captureId""")
    long countAboutAChildSince(String tenantId, Collection<UUID> captureIds, Collection<UUID> mentionIds,
                               UUID captureId, Instant since);

    /** A person's new rating, unless the contact was decided or changed since it was read: 0 rows then. */
    @Query("UPDATE contact SET rag = :rag, rag_reasons = :ragReasons, due_at = :dueAt, version = version + 1 "
            + "WHERE id = :id AND tenant_id = :tenantId AND version = :version AND state <> 'DECIDED'")
    long rerate(UUID id, String tenantId, String rag, String ragReasons, Instant dueAt, long version);
}
