package doorstep.simulator;

import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.Escalation;
import doorstep.device.api.model.FamilyAdult;
import doorstep.device.api.model.FamilyRelationship;
import doorstep.device.api.model.NextAction;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RelationshipKind;
import doorstep.device.api.model.Sex;
import doorstep.device.api.model.VisitAnalysis;
import doorstep.device.api.model.VisitChild;
import doorstep.device.capture.EarlyHelpVisits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Made-up early help home visits, about one in five escalated to the MASH; each passes the app's check. */
public final class VisitGenerator {

    private static final List<String> WORDS = List.of("I like my new school", "Mum is always tired",
            "I don't like it when they argue", "I get my own breakfast most days", "I want to go to football again");
    private static final List<String> WORRIES = List.of("Rent arrears and the threat of eviction.",
            "Mum's low mood since the baby was born; the older children are getting themselves to school.",
            "Arguments between the adults that the children hear most nights.",
            "School attendance has dropped to 78% this term.");
    private static final List<String> ESCALATIONS = List.of("Risk has risen: a child described being hit.",
            "The family has stopped engaging and the youngest child has not been seen for three weeks.",
            "A child disclosed that a new adult in the home frightens them.");

    private final Random random;
    private final MadeUpPeople people;
    private final Clock clock;

    public VisitGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.people = new MadeUpPeople(random);
        this.clock = clock;
    }

    public EarlyHelpVisit next() {
        String family = people.family();
        OffsetDateTime visitedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .minusMinutes(10 + random.nextInt(240));
        FamilyAdult parent = new FamilyAdult().mentionId(UUID.randomUUID()).name(people.name(family))
                .role(FamilyAdult.RoleEnum.PARENT).sex(Sex.FEMALE).livesThere(true).present(true)
                .dateOfBirth(people.bornAged(clock, 22, 45)).nhsNumber(people.nhsNumberOrNone());
        List<FamilyAdult> adults = new ArrayList<>(List.of(parent));
        if (random.nextBoolean()) {
            adults.add(new FamilyAdult().mentionId(UUID.randomUUID()).name(people.name())
                    .role(FamilyAdult.RoleEnum.PARTNER_OF_PARENT).livesThere(random.nextBoolean()).present(false));
        }
        List<VisitChild> children = new ArrayList<>();
        List<FamilyRelationship> relationships = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            VisitChild child = child(family);
            children.add(child);
            relationships.add(new FamilyRelationship().fromMentionId(parent.getMentionId())
                    .toMentionId(child.getMentionId()).kind(RelationshipKind.PARENT));
        }
        return new EarlyHelpVisit()
                .schemaVersion(EarlyHelpVisits.SCHEMA_VERSION)
                .formVersion(EarlyHelpVisits.FORM_VERSION)
                .visitedAt(visitedAt)
                .place(new Place().addressLine((1 + random.nextInt(90)) + " Coventry Road").town("Solihull")
                        .postcode("B9" + random.nextInt(10) + " " + random.nextInt(10) + "EH"))
                .adults(adults)
                .children(children)
                .relationships(relationships)
                .analysis(new VisitAnalysis().workingWell("The children are warm, fed and attached to their mum.")
                        .worriedAbout(people.pick(WORRIES))
                        .needsToHappen("A family plan agreed with Mum, and school to share attendance weekly."))
                .nextActions(List.of(new NextAction().action("Agree the family plan with Mum").owner("Early help worker")
                        .dueOn(visitedAt.toLocalDate().plusDays(7 + random.nextInt(14)))))
                .escalation(escalation());
    }

    private Escalation escalation() {
        if (random.nextInt(5) != 0) {
            return new Escalation().escalate(false);
        }
        return new Escalation().escalate(true).reason(people.pick(ESCALATIONS)).immediateRisk(random.nextInt(4) == 0);
    }

    private VisitChild child(String family) {
        LocalDate born = people.bornAged(clock, 0, 16);
        boolean seen = random.nextInt(8) != 0;
        boolean spokenTo = seen && born.isBefore(LocalDate.now(clock).minusYears(4));
        ChildVoice voice = !seen ? new ChildVoice().seen(false).spokenTo(false).notSpokenToReason("At school during the visit")
                : !spokenTo ? new ChildVoice().seen(true).spokenTo(false).notSpokenToReason("Too young to speak to")
                : new ChildVoice().seen(true).spokenTo(true).spokenToAlone(random.nextBoolean())
                .ownWords(people.pick(WORDS)).wishesAndFeelings("Wants things to be calmer at home");
        return new VisitChild().mentionId(UUID.randomUUID()).name(people.name(family)).dateOfBirth(born)
                .nhsNumber(people.nhsNumberOrNone()).seenAlone(seen ? random.nextBoolean() : null).voice(voice);
    }
}
