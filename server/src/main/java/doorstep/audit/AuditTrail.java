package doorstep.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Records who touched which record of a child's data, as the next entry of the tenant's hash
 * chain, in the caller's transaction: the entry commits with the change or not at all.
 */
@Singleton
public class AuditTrail {

    private final ChainStore chain;
    private final Clock clock;

    AuditTrail(ChainStore chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @Transactional
    public void record(Actor actor, AuditAction action, AuditedRecord record, String purpose) {
        ChainStore.Head head = chain.lockHead(actor.tenantId());
        AuditEntry entry = AuditEntry.next(head.seq(), head.hash(), clock.instant(), actor, action.operation(),
                action.storedName(), record, purpose);
        chain.append(entry);
    }

    /** Every entry about the record, oldest first. */
    @Transactional
    public List<AuditEntry> historyOf(String tenantId, String recordId) {
        return chain.entriesAbout(tenantId, recordId);
    }
}
