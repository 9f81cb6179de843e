package doorstep.people;

import doorstep.api.model.RiskMarkerRequest;
import doorstep.contract.NhsNumber;
import doorstep.crypto.FieldCipher;
import doorstep.people.matching.PersonRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Files the people a capture of any kind mentions: resolves each to a person, then records what the
 * capture says about them, in the capture's own transaction. The kind maps its payload onto these calls.
 */
@Singleton
public class CapturePeople {

    /** The identifier scheme NHS numbers are stored and matched under, as ten digits without spaces. */
    static final String NHS_NUMBER = "NHS";

    private final PersonResolution resolution;
    private final RelationshipLedger relationships;
    private final RiskMarkerRepository markers;
    private final FieldCipher cipher;
    private final Clock clock;

    CapturePeople(PersonResolution resolution, RelationshipLedger relationships, RiskMarkerRepository markers,
                  FieldCipher cipher, Clock clock) {
        this.resolution = resolution;
        this.relationships = relationships;
        this.markers = markers;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Resolves a person the capture mentions; returns who they are now. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID file(String tenantId, CaptureSource source, CapturedPerson person) {
        return resolution.resolve(tenantId, new MentionInput(person.mentionId(), source.type(), source.id(),
                person.role(), source.occurredAt(), recordOf(person))).personId();
    }

    /** Records that the capture says {@code from} is {@code kind} to {@code to}; a person is nothing to themself. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void relate(String tenantId, CaptureSource source, UUID from, UUID to, RelationshipKind kind,
                       @Nullable String reason) {
        if (!from.equals(to)) {
            relationships.record(tenantId, from, to, kind, reason, source.type(), source.id());
        }
    }

    /** Records a risk marker the capture's author knew of. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markRisk(String tenantId, UUID person, RiskMarkerRequest known, String recordedBy) {
        RiskMarkers.save(markers, cipher, tenantId, person, known, recordedBy, clock.instant());
    }

    private static PersonRecord recordOf(CapturedPerson person) {
        return new PersonRecord(person.givenName(), person.familyName(), person.dateOfBirth(), person.sex(),
                person.postcode(), person.addressLine(),
                person.nhsNumber() == null ? Map.of() : Map.of(NHS_NUMBER, NhsNumber.digitsOf(person.nhsNumber())));
    }
}
