package doorstep.field.returnhome;

import doorstep.device.api.model.ExploitationSigns;
import doorstep.device.api.model.InterviewReferral;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.PersonWithChild;
import doorstep.device.api.model.PullFactor;
import doorstep.device.api.model.PushFactor;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.capture.ReturnHomeInterviewCheck;
import doorstep.device.capture.ReturnHomeInterviews;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import doorstep.field.capture.VoiceSection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the interview form into the interview the server takes, and checks it against its task. */
final class ReturnHomeInterviewReader {

    private final FormState state;
    private final Clock clock;
    private final FormReader reader;

    ReturnHomeInterviewReader(FormState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        this.reader = new FormReader(state, clock.getZone());
    }

    Reading read() {
        ReturnHomeInterview interview = new ReturnHomeInterview()
                .schemaVersion(ReturnHomeInterviews.SCHEMA_VERSION)
                .taskId(state.has("task.id") ? UUID.fromString(state.get("task.id")) : null)
                .interviewedAt(reader.moment("interviewed", "of the interview"))
                .offeredBy(reader.text("offeredBy")).lateReason(reader.text("lateReason"))
                .whereabouts(reader.text("whereabouts")).peopleWith(peopleWith())
                .pushFactors(ticked("push.", ReturnHomeInterviewForm.PUSH.stream().map(o -> o.value()).toList())
                        .stream().map(PushFactor::fromValue).collect(Collectors.toCollection(LinkedHashSet::new)))
                .pullFactors(ticked("pull.", ReturnHomeInterviewForm.PULL.stream().map(o -> o.value()).toList())
                        .stream().map(PullFactor::fromValue).collect(Collectors.toCollection(LinkedHashSet::new)))
                .factorsNotes(reader.text("factorsNotes"))
                .exploitation(new ExploitationSigns().checklistId(ReturnHomeInterviews.CHECKLIST_ID)
                        .checklistVersion(ReturnHomeInterviews.CHECKLIST_VERSION)
                        .answers(ReturnHomeInterviewForm.SIGNS.read(reader))
                        .interviewerJudgementHigh(judgementHigh()).judgementReason(reader.text("cse.reason")))
                .voice(VoiceSection.read(reader, ""))
                .referral(new InterviewReferral().refer(reader.yesNo("referral.refer")).reason(reader.text("referral.reason")));
        String json = ReturnHomeInterviews.toJson(interview);
        return reader.reading(json, new ReturnHomeInterviewCheck(clock).problems(interview, task()));
    }

    private Boolean judgementHigh() {
        Boolean high = reader.yesNo("cse.high");
        if (high == null) {
            reader.problem("cse.high", "Say whether you judge the risk of exploitation to be high.");
        }
        return high;
    }

    /** The task as the phone knows it, so the interview is held to the return's time and names the child. */
    private ReturnHomeTask task() {
        if (!state.has("task.returnedAt")) {
            return null;
        }
        return new ReturnHomeTask().returnedAt(OffsetDateTime.parse(state.get("task.returnedAt")))
                .child(new PersonName().givenName(reader.text("task.given")).familyName(reader.text("task.family")));
    }

    private List<PersonWithChild> peopleWith() {
        List<PersonWithChild> people = new ArrayList<>();
        for (int i = 0; i < state.count("with", 0); i++) {
            String prefix = "with." + i + ".";
            people.add(new PersonWithChild().mentionId(state.itemId("with", i)).name(People.name(reader, prefix))
                    .approximateAge(reader.number(prefix + "age", "how old " + People.called(state, "with", i, "person") + " is"))
                    .relationship(reader.choice(prefix + "relationship", PersonWithChild.RelationshipEnum::fromValue))
                    .description(reader.text(prefix + "description")));
        }
        return people;
    }

    private List<String> ticked(String prefix, List<String> values) {
        return values.stream().filter(value -> reader.ticked(prefix + value)).toList();
    }
}
