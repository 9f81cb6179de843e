package doorstep.field.visit;

import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.Escalation;
import doorstep.device.api.model.FamilyAdult;
import doorstep.device.api.model.FamilyRelationship;
import doorstep.device.api.model.NextAction;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RelationshipKind;
import doorstep.device.api.model.VisitAnalysis;
import doorstep.device.api.model.VisitChild;
import doorstep.device.capture.EarlyHelpVisitCheck;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import doorstep.field.capture.VoiceSection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Reads the visit form into the visit the server takes, and checks it with core's rules. */
final class EarlyHelpVisitReader {

    private final FormState state;
    private final Clock clock;
    private final FormReader reader;

    EarlyHelpVisitReader(FormState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        this.reader = new FormReader(state, clock.getZone());
    }

    Reading read() {
        EarlyHelpVisit visit = new EarlyHelpVisit()
                .schemaVersion(EarlyHelpVisits.SCHEMA_VERSION).formVersion(EarlyHelpVisits.FORM_VERSION)
                .visitedAt(reader.moment("visited", "of the visit"))
                .place(new Place().addressLine(reader.text("place.address")).town(reader.text("place.town"))
                        .postcode(reader.text("place.postcode")))
                .adults(adults()).children(children()).relationships(relationships())
                .analysis(new VisitAnalysis().workingWell(reader.text("analysis.workingWell"))
                        .worriedAbout(reader.text("analysis.worriedAbout"))
                        .needsToHappen(reader.text("analysis.needsToHappen")))
                .nextActions(actions())
                .escalation(new Escalation().escalate(reader.yesNo("escalation.escalate"))
                        .reason(reader.text("escalation.reason"))
                        .immediateRisk(reader.yesNo("escalation.immediateRisk")));
        String json = EarlyHelpVisits.toJson(visit);
        return reader.reading(json, new EarlyHelpVisitCheck(clock).problems(visit));
    }

    private List<FamilyAdult> adults() {
        List<FamilyAdult> adults = new ArrayList<>();
        for (int i = 0; i < state.count("adult", 0); i++) {
            String prefix = "adult." + i + ".";
            adults.add(new FamilyAdult().mentionId(state.itemId("adult", i)).name(People.name(reader, prefix))
                    .role(reader.choice(prefix + "role", FamilyAdult.RoleEnum::fromValue))
                    .dateOfBirth(reader.date(prefix + "dob", People.called(state, "adult", i, "adult") + "'s date of birth"))
                    .livesThere(reader.yesNo(prefix + "livesThere")).present(reader.yesNo(prefix + "present")));
        }
        return adults;
    }

    private List<VisitChild> children() {
        List<VisitChild> children = new ArrayList<>();
        for (int i = 0; i < state.count("child", 0); i++) {
            String prefix = "child." + i + ".";
            children.add(new VisitChild().mentionId(state.itemId("child", i)).name(People.name(reader, prefix))
                    .dateOfBirth(reader.date(prefix + "dob", People.called(state, "child", i, "child") + "'s date of birth"))
                    .nhsNumber(reader.text(prefix + "nhs")).school(reader.text(prefix + "school"))
                    .seenAlone(reader.yesNo(prefix + "seenAlone")).voice(VoiceSection.read(reader, prefix)));
        }
        return children;
    }

    /** Each answered "who is who", between people still in the visit. */
    private List<FamilyRelationship> relationships() {
        List<FamilyRelationship> relationships = new ArrayList<>();
        for (int child = 0; child < state.count("child", 0); child++) {
            for (String group : List.of("adult", "child")) {
                for (int j = 0; j < state.count(group, 0); j++) {
                    if (group.equals("child") && j == child) {
                        continue;
                    }
                    RelationshipKind kind = reader.choice(EarlyHelpVisitForm.relationshipKey(state, group, j, child),
                            RelationshipKind::fromValue);
                    if (kind != null) {
                        relationships.add(new FamilyRelationship().fromMentionId(state.itemId(group, j))
                                .toMentionId(state.itemId("child", child)).kind(kind));
                    }
                }
            }
        }
        return relationships;
    }

    private List<NextAction> actions() {
        List<NextAction> actions = new ArrayList<>();
        for (int i = 0; i < state.count("action", 0); i++) {
            String prefix = "action." + i + ".";
            actions.add(new NextAction().action(reader.text(prefix + "what")).owner(reader.text(prefix + "owner"))
                    .dueOn(reader.date(prefix + "due", "the due date of next action " + (i + 1))));
        }
        return actions;
    }
}
