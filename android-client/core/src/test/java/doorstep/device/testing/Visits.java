package doorstep.device.testing;

import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.Escalation;
import doorstep.device.api.model.FamilyAdult;
import doorstep.device.api.model.FamilyRelationship;
import doorstep.device.api.model.NextAction;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RelationshipKind;
import doorstep.device.api.model.VisitAnalysis;
import doorstep.device.api.model.VisitChild;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A complete, made-up early help visit (a mother and her daughter Lily) that tests change one thing at a time. */
public final class Visits {

    public static final OffsetDateTime VISITED_AT = OffsetDateTime.of(2025, 3, 13, 15, 0, 0, 0, ZoneOffset.UTC);

    private Visits() {
    }

    public static EarlyHelpVisit complete() {
        FamilyAdult mother = new FamilyAdult().mentionId(UUID.randomUUID())
                .name(new PersonName().givenName("Jo").familyName("Example"))
                .role(FamilyAdult.RoleEnum.PARENT).livesThere(true).present(true);
        VisitChild lily = child("Lily");
        return new EarlyHelpVisit()
                .schemaVersion(1)
                .formVersion("2026.1")
                .visitedAt(VISITED_AT)
                .place(new Place().addressLine("4 Mill Lane").town("Exampleton").postcode("EX2 2BB"))
                .adults(new ArrayList<>(List.of(mother)))
                .children(new ArrayList<>(List.of(lily)))
                .relationships(new ArrayList<>(List.of(new FamilyRelationship()
                        .fromMentionId(mother.getMentionId()).toMentionId(lily.getMentionId())
                        .kind(RelationshipKind.PARENT))))
                .analysis(new VisitAnalysis().workingWell("Lily goes to school every day.")
                        .worriedAbout("Mum's new partner shouts at Lily.")
                        .needsToHappen("A family plan with Mum by Friday."))
                .nextActions(new ArrayList<>(List.of(new NextAction().action("Agree a family plan")
                        .owner("Early help worker").dueOn(LocalDate.of(2025, 3, 21)))))
                .escalation(new Escalation().escalate(false));
    }

    public static VisitChild child(String givenName) {
        return new VisitChild().mentionId(UUID.randomUUID())
                .name(new PersonName().givenName(givenName).familyName("Example"))
                .dateOfBirth(LocalDate.of(2016, 9, 1))
                .seenAlone(true)
                .voice(new ChildVoice().seen(true).spokenTo(true).spokenToAlone(true)
                        .ownWords("I don't like it when he shouts."));
    }
}
