package doorstep.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of a tenant's chain: who (uid, agency) did what (operation, action) to which record,
 * when and why, numbered {@code seq} from 1 with no gaps, holding the hash of the entry before it.
 */
public record AuditEntry(String tenantId, long seq, byte[] prevHash, byte[] hash, Instant at, String actorUid,
                         String agency, Operation operation, String recordType, String recordId, String purpose,
                         String action) {

    /** The hash the first entry of every chain follows. */
    static final byte[] GENESIS = new byte[32];
    private static final String DOMAIN = "doorstep/audit-entry/v1";

    /** A new entry after the one whose sequence and hash are given, with its hash worked out. */
    static AuditEntry next(long prevSeq, byte[] prevHash, Instant at, Actor actor, Operation operation,
                           String action, AuditedRecord record, String purpose) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = new AuditEntry(actor.tenantId(), prevSeq + 1, prevHash, null, stored, actor.uid(),
                actor.agency(), operation, record.type(), record.id(), purpose, action);
        return unhashed.withHash(unhashed.computedHash());
    }

    /** What the hash of this entry's fields is, whatever its stored hash says. */
    byte[] computedHash() {
        return FramedFields.tagged(DOMAIN).text(tenantId).number(seq).raw(prevHash).instant(at)
                .text(actorUid).text(agency).text(operation.name()).text(recordType).text(recordId)
                .text(purpose).text(action).sha256();
    }

    private AuditEntry withHash(byte[] computed) {
        return new AuditEntry(tenantId, seq, prevHash, computed, at, actorUid, agency, operation, recordType,
                recordId, purpose, action);
    }
}
