package doorstep.capture.incident;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonName;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.api.model.Sex;
import doorstep.people.CapturePeople;
import doorstep.people.CaptureSource;
import doorstep.people.CapturedPerson;
import doorstep.people.RelationshipKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Files everyone in a domestic abuse incident with people, then what the incident says about them:
 * who poses a risk to the children, who is their parent or carer, who shares their home, and the
 * orders the officer knew of. In the incident's own transaction.
 */
@Singleton
class IncidentPeople {

    /** The source type the incident's mentions and relationships have always been stored under. */
    static final String SOURCE = "incident";
    private static final String SUSPECT_REASON = "Suspect at a domestic abuse incident the child was present at or lives with";

    private final CapturePeople people;

    IncidentPeople(CapturePeople people) {
        this.people = people;
    }

    /**
     * @param adultMentionIds the server's ids of the adults as mentions, in the incident's order
     * @param childMentionIds the same for the children
     */
    void resolve(String tenantId, String recordedBy, UUID incidentId, DomesticAbuseIncident incident,
                 List<UUID> adultMentionIds, List<UUID> childMentionIds) {
        CaptureSource source = new CaptureSource(SOURCE, incidentId, incident.getOccurredAt().toInstant());
        String home = incident.getPlace() == null ? null : incident.getPlace().getPostcode();
        String homeAddress = incident.getPlace() == null ? null : incident.getPlace().getAddressLine();
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < incident.getChildren().size(); i++) {
            Child child = incident.getChildren().get(i);
            children.add(people.file(tenantId, source, personOf(childMentionIds.get(i), child.getPresence().getValue(),
                    child.getName(), child.getDateOfBirth(), child.getSex(), child.getNhsNumber(), home, homeAddress)));
        }
        for (int i = 0; i < incident.getAdults().size(); i++) {
            Adult adult = incident.getAdults().get(i);
            // Only the victim is taken to live at the incident's address; a suspect may not.
            boolean livesThere = adult.getRole() == AdultRole.VICTIM;
            UUID person = people.file(tenantId, source, personOf(adultMentionIds.get(i), adult.getRole().getValue(),
                    adult.getName(), adult.getDateOfBirth(), adult.getSex(), adult.getNhsNumber(),
                    livesThere ? home : null, livesThere ? homeAddress : null));
            linkAdult(tenantId, source, adult, person, children);
            recordMarkers(tenantId, recordedBy, adult, person);
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                people.relate(tenantId, source, children.get(i), children.get(j), RelationshipKind.HOUSEHOLD_MEMBER, null);
            }
        }
    }

    private static CapturedPerson personOf(UUID mentionId, String role, PersonName name, @Nullable LocalDate dateOfBirth,
                                           @Nullable Sex sex, @Nullable String nhsNumber, @Nullable String postcode,
                                           @Nullable String addressLine) {
        return new CapturedPerson(mentionId, role, name.getGivenName(), name.getFamilyName(), dateOfBirth,
                sex == null ? null : doorstep.people.matching.Sex.valueOf(sex.name()), nhsNumber, postcode, addressLine);
    }

    private void linkAdult(String tenantId, CaptureSource source, Adult adult, UUID person, List<UUID> children) {
        var stated = RelationshipKind.fromOfficersWords(adult.getRelationshipToChildren());
        for (UUID child : children) {
            stated.ifPresent(kind -> people.relate(tenantId, source, person, child, kind, null));
            if (adult.getRole() == AdultRole.SUSPECT) {
                people.relate(tenantId, source, person, child, RelationshipKind.POSES_RISK_TO, SUSPECT_REASON);
            }
        }
    }

    private void recordMarkers(String tenantId, String recordedBy, Adult adult, UUID person) {
        if (adult.getKnownRiskMarkers() == null) {
            return;
        }
        for (RiskMarkerRequest known : adult.getKnownRiskMarkers()) {
            people.markRisk(tenantId, person, known, recordedBy);
        }
    }
}
