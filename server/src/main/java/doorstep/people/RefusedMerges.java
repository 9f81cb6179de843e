package doorstep.people;

import doorstep.audit.AuditTrail;
import doorstep.identity.Caller;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Audits a "same person" decision refused because the two are known apart. In a transaction of its
 * own: the decision's transaction rolls back with the refusal, and the audit row must stand.
 */
@Singleton
class RefusedMerges {

    static final String ACTION = "person.merge-refused";

    private final AuditTrail audit;

    RefusedMerges(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void record(Caller caller, UUID reviewId) {
        audit.record(caller.tenantId(), caller.uid(), ACTION, "match_review", reviewId.toString(),
                "match review decision refused: the two were recorded side by side in one capture");
    }
}
