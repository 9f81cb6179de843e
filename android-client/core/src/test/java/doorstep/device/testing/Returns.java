package doorstep.device.testing;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.ExploitationSigns;
import doorstep.device.api.model.InterviewReferral;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.PersonWithChild;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.PullFactor;
import doorstep.device.api.model.PushFactor;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.ReturnHomeTaskState;
import doorstep.device.api.model.ReturnedChild;
import doorstep.device.api.model.RiskAnswer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A made-up missing episode of a boy called Kai: the police's "child returned" notice, the task it
 * makes and a complete interview against it, that tests change one thing at a time.
 */
public final class Returns {

    public static final OffsetDateTime MISSING_FROM = OffsetDateTime.of(2025, 3, 10, 20, 0, 0, 0, ZoneOffset.UTC);
    public static final OffsetDateTime RETURNED_AT = OffsetDateTime.of(2025, 3, 12, 6, 0, 0, 0, ZoneOffset.UTC);
    public static final OffsetDateTime INTERVIEWED_AT = OffsetDateTime.of(2025, 3, 13, 16, 0, 0, 0, ZoneOffset.UTC);
    public static final UUID TASK_ID = UUID.fromString("6d1c0a8e-2f7b-4d0e-9a51-0b7c3f1e2a44");

    private Returns() {
    }

    public static ChildReturned notice() {
        return new ChildReturned()
                .schemaVersion(1)
                .child(new ReturnedChild().mentionId(UUID.randomUUID())
                        .name(new PersonName().givenName("Kai").familyName("Example"))
                        .dateOfBirth(LocalDate.of(2010, 2, 3)))
                .missingFrom(MISSING_FROM)
                .returnedAt(RETURNED_AT)
                .whereFound(new Place().town("Birmingham").description("Bus station"))
                .reportedBy("PC 1234 Example, West Midlands Police");
    }

    public static ReturnHomeTask task() {
        return new ReturnHomeTask().taskId(TASK_ID).state(ReturnHomeTaskState.CLAIMED)
                .child(new PersonName().givenName("Kai").familyName("Example"))
                .missingFrom(MISSING_FROM).returnedAt(RETURNED_AT).dueAt(RETURNED_AT.plusHours(72))
                .overdue(false).secondsLeft(0L);
    }

    public static ReturnHomeInterview interview() {
        List<RiskAnswer> answers = new ArrayList<>();
        for (int q = 1; q <= 15; q++) {
            answers.add(new RiskAnswer().questionId("es-q" + q).answer(RiskAnswer.AnswerEnum.NO));
        }
        return new ReturnHomeInterview()
                .schemaVersion(1)
                .taskId(TASK_ID)
                .interviewedAt(INTERVIEWED_AT)
                .offeredBy("Sam Example, return home service")
                .whereabouts("At a friend's flat in town.")
                .peopleWith(new ArrayList<>(List.of(new PersonWithChild().mentionId(UUID.randomUUID())
                        .name(new PersonName().givenName("Dean").familyName("Example"))
                        .relationship(PersonWithChild.RelationshipEnum.FRIEND))))
                .pushFactors(new LinkedHashSet<>(Set.of(PushFactor.CONFLICT_AT_HOME)))
                .pullFactors(new LinkedHashSet<>(Set.of(PullFactor.FRIENDS)))
                .exploitation(new ExploitationSigns().checklistId("exploitation-signs").checklistVersion("2026.1")
                        .answers(answers).interviewerJudgementHigh(false))
                .voice(new ChildVoice().seen(true).spokenTo(true).spokenToAlone(true)
                        .ownWords("I just needed to get away for a bit."))
                .referral(new InterviewReferral().refer(false));
    }

    /** Marks the {@code number}th sign of the interview's checklist as present. */
    public static ReturnHomeInterview withSign(ReturnHomeInterview interview, int number) {
        interview.getExploitation().getAnswers().get(number - 1).answer(RiskAnswer.AnswerEnum.YES);
        return interview;
    }
}
