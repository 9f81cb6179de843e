package doorstep.capture.returnhome;

import doorstep.api.model.ExploitationSigns;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.capture.ChildVoiceRule;
import doorstep.capture.InvalidCapture;
import doorstep.capture.NhsNumbersInACapture;
import doorstep.capture.StrictCaptureReader;
import doorstep.capture.UnknownDefinition;
import doorstep.capture.UnknownReference;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an opened return home interview and checks it: the schema, the task it names (in the
 * sender's tenant), its timing against the return, the exploitation checklist it was made with,
 * a referral wherever signs are present, and the child's voice. Messages name the field and say
 * what to do; they never repeat what was written.
 */
@Singleton
class InterviewValidator {

    static final String SCHEMA = "ReturnHomeInterview";
    static final Duration DUE_WITHIN = Duration.ofHours(72);

    private final StrictCaptureReader strict;
    private final ExploitationChecklist checklists;
    private final EpisodeRepository episodes;

    InterviewValidator(StrictCaptureReader strict, ExploitationChecklist checklists, EpisodeRepository episodes) {
        this.strict = strict;
        this.checklists = checklists;
        this.episodes = episodes;
    }

    /** The checks that need no record of the tenant. */
    ReturnHomeInterview read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        ReturnHomeInterview interview = strict.read(plaintext, SCHEMA, ReturnHomeInterview.class, "a return home interview");
        ExploitationSigns signs = interview.getExploitation();
        ExploitationChecklist.Definition definition = checklists.find(signs.getChecklistId(),
                signs.getChecklistVersion()).orElseThrow(UnknownDefinition::new);
        List<Violation> violations = new ArrayList<>();
        checkAnswers(signs, definition, violations);
        checkReferral(interview, violations);
        ChildVoiceRule.check(interview.getVoice(), "voice", violations);
        checkPeople(interview, violations);
        StrictCaptureReader.refuseIfAny(violations);
        return interview;
    }

    /** Then the task it names, in the sender's tenant: the episode whose return the interview follows. */
    EpisodeRow episodeOf(String tenantId, ReturnHomeInterview interview) throws UnknownReference, InvalidCapture {
        EpisodeRow episode = episodes.findByIdAndTenantId(interview.getTaskId(), tenantId)
                .orElseThrow(() -> new UnknownReference("unknown-return-task", "No such return on record",
                        "This interview names a return that is not on record here; check the child and send it "
                                + "again from the task"));
        List<Violation> violations = new ArrayList<>();
        var interviewedAt = interview.getInterviewedAt().toInstant();
        if (interviewedAt.isBefore(episode.returnedAt())) {
            violations.add(new Violation("interviewedAt", "is before the child returned; check the date and time"));
        } else if (interviewedAt.isAfter(episode.returnedAt().plus(DUE_WITHIN)) && blank(interview.getLateReason())) {
            violations.add(new Violation("lateReason",
                    "the interview was more than 72 hours after the return: say why it was late"));
        }
        StrictCaptureReader.refuseIfAny(violations);
        return episode;
    }

    static long yesCount(ExploitationSigns signs) {
        return signs.getAnswers().stream().filter(a -> a.getAnswer() == RiskAnswerAnswer.YES).count();
    }

    private static void checkAnswers(ExploitationSigns signs, ExploitationChecklist.Definition definition,
                                     List<Violation> violations) {
        Set<String> known = definition.questionIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < signs.getAnswers().size(); i++) {
            RiskAnswer answer = signs.getAnswers().get(i);
            if (!known.contains(answer.getQuestionId())) {
                violations.add(new Violation("exploitation.answers[" + i + "].questionId",
                        "is not a question of this checklist"));
            } else if (!seen.add(answer.getQuestionId())) {
                violations.add(new Violation("exploitation.answers[" + i + "].questionId", "is answered twice"));
            }
        }
        if (signs.getInterviewerJudgementHigh() && blank(signs.getJudgementReason())) {
            violations.add(new Violation("exploitation.judgementReason", "say why you judge the risk high"));
        }
    }

    private static void checkReferral(ReturnHomeInterview interview, List<Violation> violations) {
        boolean signsPresent = yesCount(interview.getExploitation()) > 0
                || interview.getExploitation().getInterviewerJudgementHigh();
        if (signsPresent && !interview.getReferral().getRefer()) {
            violations.add(new Violation("referral.refer", "Signs of exploitation were recorded: refer to the MASH"));
        } else if (interview.getReferral().getRefer() && blank(interview.getReferral().getReason())) {
            violations.add(new Violation("referral.reason", signsPresent
                    ? "Signs of exploitation were recorded: refer to the MASH"
                    : "say why you refer the child to the MASH"));
        }
    }


    private static void checkPeople(ReturnHomeInterview interview, List<Violation> violations) {
        Set<UUID> mentioned = new HashSet<>();
        NhsNumbersInACapture numbers = new NhsNumbersInACapture(violations);
        for (int i = 0; i < interview.getPeopleWith().size(); i++) {
            var person = interview.getPeopleWith().get(i);
            if (!mentioned.add(person.getMentionId())) {
                violations.add(new Violation("peopleWith[" + i + "].mentionId",
                        "is used for another person in this capture"));
            }
            numbers.check("peopleWith[" + i + "].nhsNumber", person.getNhsNumber());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
