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
import java.util.Optional;
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
            kindOf(stated.getKind()).ifPresent(kind -> people.relate(tenantId, source,
                    personOfMention.get(stated.getFromMentionId()), personOfMention.get(stated.getToMentionId()), kind,
                    null));
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                people.relate(tenantId, source, children.get(i), children.get(j), RelationshipKind.HOUSEHOLD_MEMBER, null);
            }
        }
    }

    /**
     * The link people keeps for a relationship the worker stated. An associate has no link in
     * people yet: it stays with the visit, unlinked rather than filed as something it is not.
     */
    private static Optional<RelationshipKind> kindOf(doorstep.api.model.RelationshipKind stated) {
        return switch (stated) {
            case PARENT -> Optional.of(RelationshipKind.PARENT);
            case STEP_PARENT -> Optional.of(RelationshipKind.STEP_PARENT);
            case CARER -> Optional.of(RelationshipKind.CARER);
            case PARTNER_OF_PARENT -> Optional.of(RelationshipKind.PARTNER_OF_PARENT);
            case SIBLING -> Optional.of(RelationshipKind.SIBLING);
            case HOUSEHOLD_MEMBER -> Optional.of(RelationshipKind.HOUSEHOLD_MEMBER);
            case OTHER_SIGNIFICANT_ADULT -> Optional.of(RelationshipKind.OTHER_SIGNIFICANT_ADULT);
            case POSES_A_RISK_TO_THEM -> Optional.of(RelationshipKind.POSES_RISK_TO);
            case ASSOCIATE -> Optional.empty();
        };
    }

    private static CapturedPerson personOf(UUID mentionId, String role, PersonName name, @Nullable LocalDate dateOfBirth,
                                           @Nullable Sex sex, @Nullable String nhsNumber, @Nullable String postcode,
                                           @Nullable String addressLine) {
        return new CapturedPerson(mentionId, role, name.getGivenName(), name.getFamilyName(), dateOfBirth,
                sex == null ? null : doorstep.people.matching.Sex.valueOf(sex.name()), nhsNumber, postcode, addressLine);
    }
}
