package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.FamilyAdult;
import doorstep.api.model.FamilyRelationship;
import doorstep.api.model.PersonName;
import doorstep.api.model.Sex;
import doorstep.api.model.VisitChild;
import doorstep.people.CapturePeople;
import doorstep.people.CaptureSource;
import doorstep.people.CapturedPerson;
import doorstep.people.RelationshipKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files everyone in an early help visit with people, then what the visit says about them: the
 * relationships the worker stated, and the children as one household. The children, and the adults
 * who live there, are filed at the visit's address. In the visit's own transaction.
 */
@Singleton
class VisitPeople {

    private final CapturePeople people;

    VisitPeople(CapturePeople people) {
        this.people = people;
    }

    /** A child's part in the visit, as their timeline shows it. */
    static String roleOf(VisitChild child) {
        return child.getVoice().getSeen() ? "seen" : "not-seen";
    }

    void file(String tenantId, EarlyHelpVisit visit, VisitRecorded recorded) {
        CaptureSource source = new CaptureSource(EarlyHelpKind.NAME, recorded.visitId(), visit.getVisitedAt().toInstant());
        String postcode = visit.getPlace().getPostcode();
        String addressLine = visit.getPlace().getAddressLine();
        Map<UUID, UUID> personOfMention = new HashMap<>();
        for (int i = 0; i < visit.getAdults().size(); i++) {
            FamilyAdult adult = visit.getAdults().get(i);
            boolean livesThere = Boolean.TRUE.equals(adult.getLivesThere());
            personOfMention.put(adult.getMentionId(), people.file(tenantId, source, personOf(
                    recorded.adultMentionIds().get(i), adult.getRole().getValue(), adult.getName(),
                    adult.getDateOfBirth(), adult.getSex(), adult.getNhsNumber(),
                    livesThere ? postcode : null, livesThere ? addressLine : null)));
        }
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < visit.getChildren().size(); i++) {
            VisitChild child = visit.getChildren().get(i);
            UUID person = people.file(tenantId, source, personOf(recorded.childMentionIds().get(i), roleOf(child),
                    child.getName(), child.getDateOfBirth(), child.getSex(), child.getNhsNumber(), postcode, addressLine));
            personOfMention.put(child.getMentionId(), person);
            children.add(person);
        }
        for (FamilyRelationship stated : visit.getRelationships() == null ? List.<FamilyRelationship>of()
                : visit.getRelationships()) {
            people.relate(tenantId, source, personOfMention.get(stated.getFromMentionId()),
                    personOfMention.get(stated.getToMentionId()), RelationshipKind.fromWire(stated.getKind().getValue()), null);
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
}
