package doorstep.simulator;

import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.ExploitationSigns;
import doorstep.device.api.model.InterviewReferral;
import doorstep.device.api.model.PersonWithChild;
import doorstep.device.api.model.PullFactor;
import doorstep.device.api.model.PushFactor;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.RiskAnswer;
import doorstep.device.capture.ReturnHomeClock;
import doorstep.device.capture.ReturnHomeInterviews;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Made-up return home interviews against a task: about one in three finds signs of exploitation and
 * refers to the MASH; a late one says why. Each passes the app's check against its task.
 */
public final class InterviewGenerator {

    private static final List<String> WORDS = List.of("I was just at my mate's, it's not a big deal",
            "He gives me lifts and buys me food", "I didn't want to be at home with all the shouting",
            "They said I owe them now", "I don't want to talk about it");

    private final Random random;
    private final MadeUpPeople people;
    private final Clock clock;

    public InterviewGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.people = new MadeUpPeople(random);
        this.clock = clock;
    }

    /** @param questionIds the exploitation checklist's question ids, as the server serves them */
    public ReturnHomeInterview next(ReturnHomeTask task, List<String> questionIds) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime interviewedAt = now.minusMinutes(1 + random.nextInt(30));
        if (interviewedAt.isBefore(task.getReturnedAt())) {
            interviewedAt = task.getReturnedAt().withOffsetSameInstant(ZoneOffset.UTC);
        }
        boolean signs = random.nextInt(3) == 0;
        ReturnHomeInterview interview = new ReturnHomeInterview()
                .schemaVersion(ReturnHomeInterviews.SCHEMA_VERSION)
                .taskId(task.getTaskId())
                .interviewedAt(interviewedAt)
                .offeredBy("Return home service, Solihull")
                .whereabouts(signs ? "At a flat in Birmingham with older lads; travelled there by car."
                        : "At a friend's house in the next street.")
                .peopleWith(List.of(personWith(signs)))
                .pushFactors(new LinkedHashSet<>(Set.of(people.pick(List.of(PushFactor.values())))))
                .pullFactors(new LinkedHashSet<>(Set.of(signs ? PullFactor.OLDER_ASSOCIATES : PullFactor.FRIENDS)))
                .exploitation(new ExploitationSigns().checklistId(ReturnHomeInterviews.CHECKLIST_ID)
                        .checklistVersion(ReturnHomeInterviews.CHECKLIST_VERSION)
                        .answers(answers(questionIds, signs)).interviewerJudgementHigh(false))
                .voice(random.nextInt(6) == 0
                        ? new ChildVoice().seen(true).spokenTo(false).notSpokenToReason("Declined to talk today")
                        : new ChildVoice().seen(true).spokenTo(true).spokenToAlone(true).ownWords(people.pick(WORDS)))
                .referral(signs ? new InterviewReferral().refer(true).reason("Signs of criminal exploitation.")
                        : new InterviewReferral().refer(false));
        if (ReturnHomeClock.from(task.getReturnedAt()).isLateAt(interviewedAt.toInstant())) {
            interview.lateReason("The child was not home to be seen until after the 72 hours.");
        }
        return interview;
    }

    private PersonWithChild personWith(boolean signs) {
        return new PersonWithChild().mentionId(UUID.randomUUID()).name(people.name())
                .relationship(signs ? PersonWithChild.RelationshipEnum.PERSON_POSING_RISK
                        : PersonWithChild.RelationshipEnum.FRIEND)
                .approximateAge(signs ? 19 + random.nextInt(10) : 14 + random.nextInt(3));
    }

    private List<RiskAnswer> answers(List<String> questionIds, boolean signs) {
        List<RiskAnswer> answers = new ArrayList<>();
        int present = signs ? 1 + random.nextInt(4) : 0;
        for (int i = 0; i < questionIds.size(); i++) {
            answers.add(new RiskAnswer().questionId(questionIds.get(i))
                    .answer(i < present ? RiskAnswer.AnswerEnum.YES : RiskAnswer.AnswerEnum.NO));
        }
        return answers;
    }
}
