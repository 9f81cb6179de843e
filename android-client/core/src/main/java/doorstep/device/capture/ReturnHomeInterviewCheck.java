package doorstep.device.capture;

import doorstep.device.api.model.ExploitationSigns;
import doorstep.device.api.model.InterviewReferral;
import doorstep.device.api.model.PersonWithChild;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.RiskAnswer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Finds what a return home interview is missing before it is sealed, with the rules the server
 * applies. Signs of exploitation without a referral to the MASH are refused: that is how children
 * were missed. The messages name the child: show them on screen, never log them.
 */
public final class ReturnHomeInterviewCheck {

    static final String SIGNS_WITHOUT_REFERRAL = "Signs of exploitation were recorded: refer to the MASH and say why.";

    private final Clock clock;

    public ReturnHomeInterviewCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * The problems to fix, in form order; empty when the interview is ready to send.
     *
     * @param task the task it answers, as the phone last read it: with it the interview is held to the
     *             return's time and the child is named; without it those checks wait for the server
     */
    public List<String> problems(ReturnHomeInterview interview, @Nullable ReturnHomeTask task) {
        List<String> problems = new ArrayList<>();
        String child = task == null ? "the child" : CaptureText.nameOf(task.getChild(), "the child");
        if (interview.getTaskId() == null) {
            problems.add("Choose the return this interview is for, from your tasks.");
        }
        new CaptureTime("Say when the interview took place.", "The time of the interview")
                .check(interview.getInterviewedAt(), clock, problems);
        checkAgainstReturn(interview, task == null ? null : task.getReturnedAt(), child, problems);
        if (CaptureCheck.isBlank(interview.getOfferedBy())) {
            problems.add("Say who offered the interview.");
        }
        if (CaptureCheck.isBlank(interview.getWhereabouts())) {
            problems.add("Say where " + child + " was while missing.");
        }
        PersonCheck people = new PersonCheck(clock, problems);
        List<PersonWithChild> with = CaptureCheck.listOf(interview.getPeopleWith());
        for (int i = 0; i < with.size(); i++) {
            String name = CaptureText.nameOf(with.get(i).getName(), "person " + (i + 1) + " " + child + " was with");
            people.name(with.get(i).getName(), name);
            if (with.get(i).getRelationship() == null) {
                problems.add("Say who " + name + " is to " + child + ".");
            }
            people.nhsNumber(with.get(i).getNhsNumber(), name);
            people.dateOfBirth(with.get(i).getDateOfBirth(), name);
            people.mentionId(with.get(i).getMentionId(), name);
        }
        VoiceCheck.check(interview.getVoice(), child, problems);
        checkExploitation(interview.getExploitation(), interview.getReferral(), problems);
        checkText(interview, child, new CaptureText(problems));
        return List.copyOf(problems);
    }

    private static void checkAgainstReturn(ReturnHomeInterview interview, @Nullable OffsetDateTime returnedAt,
            String child, List<String> problems) {
        OffsetDateTime interviewedAt = interview.getInterviewedAt();
        if (returnedAt == null || interviewedAt == null) {
            return;
        }
        if (interviewedAt.isBefore(returnedAt)) {
            problems.add("The interview is recorded before " + child + " came back. Check the date and time.");
        } else if (ReturnHomeClock.from(returnedAt).isLateAt(interviewedAt.toInstant())
                && CaptureCheck.isBlank(interview.getLateReason())) {
            problems.add("The interview was more than 72 hours after " + child + " came back: say why it was late.");
        }
    }

    private static void checkExploitation(@Nullable ExploitationSigns signs, @Nullable InterviewReferral referral,
            List<String> problems) {
        if (signs == null) {
            problems.add("Complete the exploitation checklist.");
        } else {
            if (!ReturnHomeInterviews.CHECKLIST_ID.equals(signs.getChecklistId())
                    || !ReturnHomeInterviews.CHECKLIST_VERSION.equals(signs.getChecklistVersion())) {
                problems.add("This exploitation checklist is one the service no longer takes."
                        + " Update the app and fill it in again.");
            }
            if (Boolean.TRUE.equals(signs.getInterviewerJudgementHigh()) && CaptureCheck.isBlank(signs.getJudgementReason())) {
                problems.add("Say why you judge the risk of exploitation to be high.");
            }
        }
        if (referral == null || referral.getRefer() == null) {
            problems.add("Say whether you are referring to the MASH.");
        } else if (!referral.getRefer() && signsPresent(signs)) {
            problems.add(SIGNS_WITHOUT_REFERRAL);
        } else if (referral.getRefer() && CaptureCheck.isBlank(referral.getReason())) {
            problems.add("Say why you are referring to the MASH.");
        }
    }

    /** Any sign answered yes. */
    static boolean signsPresent(@Nullable ExploitationSigns signs) {
        return signs != null && CaptureCheck.listOf(signs.getAnswers()).stream()
                .anyMatch(answer -> answer.getAnswer() == RiskAnswer.AnswerEnum.YES);
    }

    private static void checkText(ReturnHomeInterview interview, String child, CaptureText text) {
        text.single(interview.getOfferedBy(), "who offered the interview");
        text.multi(interview.getLateReason(), "why the interview was late");
        text.multi(interview.getWhereabouts(), "where " + child + " was");
        List<PersonWithChild> with = CaptureCheck.listOf(interview.getPeopleWith());
        for (int i = 0; i < with.size(); i++) {
            String name = CaptureText.nameOf(with.get(i).getName(), "person " + (i + 1) + " " + child + " was with");
            text.name(with.get(i).getName(), name + "'s ");
            text.multi(with.get(i).getDescription(), "the description of " + name);
        }
        text.multi(interview.getFactorsNotes(), "the notes on what pushed and pulled " + child + " away");
        text.voice(interview.getVoice(), child);
        if (interview.getExploitation() != null) {
            text.multi(interview.getExploitation().getJudgementReason(), "why you judge the risk of exploitation high");
        }
        if (interview.getReferral() != null) {
            text.multi(interview.getReferral().getReason(), "why you are referring to the MASH");
        }
    }
}
