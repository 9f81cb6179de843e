package doorstep.people;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonName;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.api.model.Sex;
import doorstep.contract.NhsNumber;
import doorstep.crypto.FieldCipher;
import doorstep.people.matching.PersonRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resolves everyone in a domestic abuse incident to people, then records what the incident says
 * about them: who poses a risk to the children, who is their parent or carer, who shares their
 * home, and the orders the officer knew of. In the incident's own transaction.
 */
@Singleton
public class IncidentPeople {

    static final String SOURCE = "incident";
    /** The identifier scheme NHS numbers are stored and matched under, as ten digits without spaces. */
    static final String NHS_NUMBER = "NHS";
    private static final String SUSPECT_REASON = "Suspect at a domestic abuse incident the child was present at or lives with";

    private final PersonResolution resolution;
    private final RelationshipLedger relationships;
    private final RiskMarkerRepository markers;
    private final FieldCipher cipher;
    private final Clock clock;

    IncidentPeople(PersonResolution resolution, RelationshipLedger relationships, RiskMarkerRepository markers,
                   FieldCipher cipher, Clock clock) {
        this.resolution = resolution;
        this.relationships = relationships;
        this.markers = markers;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * @param adultMentionIds the server's ids of the adults as mentions, in the incident's order
     * @param childMentionIds the same for the children
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void resolve(String tenantId, String recordedBy, UUID incidentId, DomesticAbuseIncident incident,
                        List<UUID> adultMentionIds, List<UUID> childMentionIds) {
        Instant occurredAt = incident.getOccurredAt().toInstant();
        String home = incident.getPlace() == null ? null : incident.getPlace().getPostcode();
        String homeAddress = incident.getPlace() == null ? null : incident.getPlace().getAddressLine();
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < incident.getChildren().size(); i++) {
            Child child = incident.getChildren().get(i);
            children.add(resolution.resolve(tenantId, new MentionInput(childMentionIds.get(i), SOURCE,
                    incidentId.toString(), child.getPresence().getValue(), occurredAt,
                    recordOf(child.getName(), child.getDateOfBirth(), child.getSex(), child.getNhsNumber(), home,
                            homeAddress))).personId());
        }
        for (int i = 0; i < incident.getAdults().size(); i++) {
            Adult adult = incident.getAdults().get(i);
            // Only the victim is taken to live at the incident's address; a suspect may not.
            boolean livesThere = adult.getRole() == AdultRole.VICTIM;
            UUID person = resolution.resolve(tenantId, new MentionInput(adultMentionIds.get(i), SOURCE,
                    incidentId.toString(), adult.getRole().getValue(), occurredAt,
                    recordOf(adult.getName(), adult.getDateOfBirth(), adult.getSex(), adult.getNhsNumber(),
                            livesThere ? home : null, livesThere ? homeAddress : null))).personId();
            linkAdult(tenantId, incidentId, adult, person, children);
            recordMarkers(tenantId, recordedBy, adult, person);
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                link(tenantId, incidentId, children.get(i), children.get(j), RelationshipKind.HOUSEHOLD_MEMBER, null);
            }
        }
    }

    private static PersonRecord recordOf(PersonName name, @Nullable LocalDate dateOfBirth, @Nullable Sex sex,
                                         @Nullable String nhsNumber, @Nullable String postcode,
                                         @Nullable String addressLine) {
        return new PersonRecord(name.getGivenName(), name.getFamilyName(), dateOfBirth,
                sex == null ? null : doorstep.people.matching.Sex.valueOf(sex.name()),
                postcode, addressLine, nhsNumber == null ? Map.of() : Map.of(NHS_NUMBER, NhsNumber.digitsOf(nhsNumber)));
    }

    private void linkAdult(String tenantId, UUID incidentId, Adult adult, UUID person, List<UUID> children) {
        var stated = RelationshipKind.fromOfficersWords(adult.getRelationshipToChildren());
        for (UUID child : children) {
            stated.ifPresent(kind -> link(tenantId, incidentId, person, child, kind, null));
            if (adult.getRole() == AdultRole.SUSPECT) {
                link(tenantId, incidentId, person, child, RelationshipKind.POSES_RISK_TO, SUSPECT_REASON);
            }
        }
    }

    private void link(String tenantId, UUID incidentId, UUID from, UUID to, RelationshipKind kind, String reason) {
        if (!from.equals(to)) {
            relationships.record(tenantId, from, to, kind, reason, SOURCE, incidentId.toString());
        }
    }

    private void recordMarkers(String tenantId, String recordedBy, Adult adult, UUID person) {
        if (adult.getKnownRiskMarkers() == null) {
            return;
        }
        for (RiskMarkerRequest known : adult.getKnownRiskMarkers()) {
            RiskMarkers.save(markers, cipher, tenantId, person, known, recordedBy, clock.instant());
        }
    }
}
