package doorstep.field.incident;

import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RiskAnswers;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.capture.IncidentCheck;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import doorstep.field.capture.VoiceSection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Reads the incident form into the incident the server takes, and checks it with core's rules. */
final class IncidentReader {

    private final FormState state;
    private final Clock clock;
    private final FormReader reader;

    IncidentReader(FormState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        this.reader = new FormReader(state, clock.getZone());
    }

    Reading read() {
        DomesticAbuseIncident incident = new DomesticAbuseIncident()
                .schemaVersion(DomesticAbuseIncidents.SCHEMA_VERSION)
                .occurredAt(reader.moment("occurred", "it happened"))
                .place(new Place().addressLine(reader.text("place.address")).town(reader.text("place.town"))
                        .postcode(reader.text("place.postcode")))
                .narrative(reader.text("narrative"))
                .adults(adults())
                .children(children())
                .risk(risk());
        String json = DomesticAbuseIncidents.toJson(incident);
        return reader.reading(json, new IncidentCheck(clock).problems(incident));
    }

    private List<Adult> adults() {
        List<Adult> adults = new ArrayList<>();
        for (int i = 0; i < state.count("adult", 0); i++) {
            String prefix = "adult." + i + ".";
            String who = People.called(state, "adult", i, "adult");
            Adult.RoleEnum role = reader.choice(prefix + "role", Adult.RoleEnum::fromValue);
            if (role == null) {
                reader.problem(prefix + "role", "Say what part " + who + " had in the incident.");
            }
            adults.add(new Adult().mentionId(state.itemId("adult", i)).name(People.name(reader, prefix)).role(role)
                    .dateOfBirth(reader.date(prefix + "dob", who + "'s date of birth"))
                    .relationshipToChildren(reader.text(prefix + "relationship")));
        }
        return adults;
    }

    private List<Child> children() {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < state.count("child", 0); i++) {
            String prefix = "child." + i + ".";
            String who = People.called(state, "child", i, "child");
            Child.PresenceEnum presence = reader.choice(prefix + "presence", Child.PresenceEnum::fromValue);
            if (presence == null) {
                reader.problem(prefix + "presence", "Say whether " + who + " was there.");
            }
            children.add(new Child().mentionId(state.itemId("child", i)).name(People.name(reader, prefix))
                    .dateOfBirth(reader.date(prefix + "dob", who + "'s date of birth"))
                    .nhsNumber(reader.text(prefix + "nhs")).presence(presence).school(reader.text(prefix + "school"))
                    .voice(VoiceSection.read(reader, prefix)));
        }
        return children;
    }

    private RiskAnswers risk() {
        Boolean high = reader.yesNo("risk.high");
        if (high == null) {
            reader.problem("risk.high", "Say whether you judge the risk to be high.");
        }
        return new RiskAnswers().checklistId("safelives-dash").checklistVersion("2009")
                .answers(IncidentForm.DASH.read(reader)).professionalJudgementHigh(high)
                .judgementReason(reader.text("risk.reason"));
    }
}
