package doorstep.mash;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Actions change only through the two conditional updates here, each of which takes effect once:
 * whoever's update finds the column still empty did it, so two servers never both complete or flag one.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionActionRepository extends GenericRepository<DecisionAction, UUID> {

    /** Open means not completed and not part of a decision that has since been corrected. */
    String OPEN = "a.completed_at IS NULL AND NOT EXISTS (SELECT 1 FROM contact_decision c "
            + "WHERE c.tenant_id = a.tenant_id AND c.corrects_id = a.decision_id)";

    DecisionAction save(DecisionAction action);

    List<DecisionAction> findByTenantIdAndDecisionIdOrderByPosition(String tenantId, UUID decisionId);

    @Query("SELECT a.* FROM decision_action a WHERE a.tenant_id = :tenantId AND a.owner_uid = :ownerUid AND "
            + OPEN + " ORDER BY a.due_on, a.id LIMIT :limit")
    List<DecisionAction> openOwnedBy(String tenantId, String ownerUid, int limit);

    @Query("SELECT a.* FROM decision_action a WHERE a.tenant_id = :tenantId AND a.due_on < :today AND "
            + OPEN + " ORDER BY a.due_on, a.id LIMIT :limit")
    List<DecisionAction> overdue(String tenantId, LocalDate today, int limit);

    /** Overdue open actions of every tenant that nobody has been told about yet. */
    @Query("SELECT a.* FROM decision_action a WHERE a.flagged_at IS NULL AND a.due_on < :today AND "
            + OPEN + " ORDER BY a.due_on, a.id LIMIT :limit")
    List<DecisionAction> overdueUnflagged(LocalDate today, int limit);

    /** The action as committed now, locked until the transaction ends, so completions of one action run one at a time. */
    @Query("SELECT a.* FROM decision_action a WHERE a.tenant_id = :tenantId AND a.id = :id FOR UPDATE")
    Optional<DecisionAction> lockForCompletion(String tenantId, UUID id);

    /** 1 when it completed the action; 0 when it was not open (completed, or its decision corrected meanwhile). */
    @Query("UPDATE decision_action a SET a.completed_at = :at, a.completed_by = :by "
            + "WHERE a.tenant_id = :tenantId AND a.id = :id AND " + OPEN)
    int complete(String tenantId, UUID id, String by, Instant at);

    /** 1 for the one caller who flags it; 0 for everyone after. */
    @Query("UPDATE decision_action SET flagged_at = :at WHERE tenant_id = :tenantId AND id = :id AND flagged_at IS NULL")
    int flag(String tenantId, UUID id, Instant at);
}
