package doorstep.people;

import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
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

    private final AuditTrail audit;

    RefusedMerges(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void record(Caller caller, UUID reviewId) {
        audit.record(Actor.of(caller), AuditAction.PERSON_MERGE_REFUSED, AuditedRecord.of("match_review", reviewId),
                "match review decision refused: the two were recorded side by side in one capture");
    }
}
