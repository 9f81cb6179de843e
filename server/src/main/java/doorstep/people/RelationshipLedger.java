package doorstep.people;

import doorstep.api.model.Relationship;
import doorstep.crypto.FieldCipher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Records "from is {kind} of to" with its source; the reason, which may name people, is encrypted. */
@Singleton
class RelationshipLedger {

    private final RelationshipRepository relationships;
    private final FieldCipher cipher;
    private final Clock clock;

    RelationshipLedger(RelationshipRepository relationships, FieldCipher cipher, Clock clock) {
        this.relationships = relationships;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    RelationshipRow record(String tenantId, UUID from, UUID to, RelationshipKind kind, String reason, String sourceType,
                           String sourceId) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("a person cannot be related to themselves");
        }
        UUID id = UUID.randomUUID();
        return relationships.save(new RelationshipRow(id, tenantId, from, to, kind,
                cipher.seal(reason, id.toString(), "reason"), sourceType, sourceId, clock.instant()));
    }

    Relationship toWire(RelationshipRow row) {
        return new Relationship(row.id(), row.fromPersonId(), row.toPersonId(),
                doorstep.api.model.RelationshipKind.fromValue(row.kind().labelFromTo()))
                .reason(cipher.open(row.reasonCt(), row.id().toString(), "reason"));
    }
}
