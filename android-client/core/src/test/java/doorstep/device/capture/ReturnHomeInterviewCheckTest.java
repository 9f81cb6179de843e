package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.InterviewReferral;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.PersonWithChild;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.testing.Returns;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The phone holds a return home interview to the server's rules; signs without a referral are refused. */
class ReturnHomeInterviewCheckTest {

    private static final String SIGNS = "Signs of exploitation were recorded: refer to the MASH and say why.";

    private final CaptureCheck check = new CaptureCheck(
            Clock.fixed(Instant.parse("2025-03-16T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void completeInterviewHasNoProblems() {
        assertEquals(List.of(), check.problems(Returns.interview(), Returns.task()));
    }

    @Test
    void signsOfExploitationWithoutAReferralAreRefused() {
        ReturnHomeInterview interview = Returns.withSign(Returns.interview(), 3);

        assertEquals(List.of(SIGNS), check.problems(interview, Returns.task()));
    }

    @Test
    void signsOfExploitationWithAReferralAndItsReasonAreComplete() {
        ReturnHomeInterview interview = Returns.withSign(Returns.interview(), 3)
                .referral(new InterviewReferral().refer(true).reason("Older associates and new phone."));

        assertEquals(List.of(), check.problems(interview, Returns.task()));
    }

    @Test
    void aReferralNeedsAReason() {
        ReturnHomeInterview interview = Returns.interview().referral(new InterviewReferral().refer(true));

        assertEquals(List.of("Say why you are referring to the MASH."), check.problems(interview, Returns.task()));
    }

    @Test
    void theReferralQuestionMustBeAnswered() {
        ReturnHomeInterview interview = Returns.interview().referral(null);

        assertEquals(List.of("Say whether you are referring to the MASH."), check.problems(interview, Returns.task()));
    }

    @Test
    void theChildsVoiceIsCompleteAndTheChildIsNamedFromTheTask() {
        ReturnHomeInterview interview = Returns.interview().voice(new ChildVoice().seen(true).spokenTo(false));

        assertEquals(List.of("Say why Kai was not spoken to."), check.problems(interview, Returns.task()));
    }

    @Test
    void withoutTheTaskTheChildIsCalledTheChild() {
        ReturnHomeInterview interview = Returns.interview().voice(null);

        assertEquals(List.of("Say whether the child was seen and spoken to."), check.problems(interview, null));
    }

    @Test
    void anInterviewBeforeTheReturnIsQueried() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(Returns.RETURNED_AT.minusHours(1));

        assertEquals(List.of("The interview is recorded before Kai came back. Check the date and time."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void anInterviewExactly72HoursAfterTheReturnIsNotLate() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(Returns.RETURNED_AT.plusHours(72));

        assertEquals(List.of(), check.problems(interview, Returns.task()));
    }

    @Test
    void anInterviewMoreThan72HoursAfterTheReturnSaysWhyItWasLate() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(Returns.RETURNED_AT.plusHours(72).plusMinutes(1));

        assertEquals(List.of("The interview was more than 72 hours after Kai came back: say why it was late."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void aLateInterviewWithItsReasonIsComplete() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(Returns.RETURNED_AT.plusHours(80))
                .lateReason("Kai was at his dad's until Sunday.");

        assertEquals(List.of(), check.problems(interview, Returns.task()));
    }

    @Test
    void withoutTheTaskTheReturnTimeIsLeftToTheServer() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(Returns.RETURNED_AT.plusHours(80));

        assertEquals(List.of(), check.problems(interview, null));
    }

    @Test
    void anInterviewInTheFutureIsQueried() {
        ReturnHomeInterview interview = Returns.interview().interviewedAt(OffsetDateTime.parse("2025-03-16T13:00:00Z"))
                .lateReason("Planned");

        assertEquals(List.of("The time of the interview is in the future. Check the date and time."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void theTaskWhoOfferedItAndWhereTheChildWasAreNeeded() {
        ReturnHomeInterview interview = Returns.interview().taskId(null).offeredBy(" ").whereabouts(null);

        assertEquals(List.of("Choose the return this interview is for, from your tasks.", "Say who offered the interview.",
                "Say where Kai was while missing."), check.problems(interview, Returns.task()));
    }

    @Test
    void aChecklistTheServerDoesNotKnowIsRefused() {
        ReturnHomeInterview interview = Returns.interview();
        interview.getExploitation().checklistVersion("2025.1");

        assertEquals(List.of("This exploitation checklist is one the service no longer takes. Update the app and fill it in again."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void aHighJudgementNeedsAReason() {
        ReturnHomeInterview interview = Returns.interview()
                .referral(new InterviewReferral().refer(true).reason("Worried about an older man"));
        interview.getExploitation().interviewerJudgementHigh(true);

        assertEquals(List.of("Say why you judge the risk of exploitation to be high."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void eachPersonTheChildWasWithIsNamedAndPlaced() {
        ReturnHomeInterview interview = Returns.interview();
        interview.addPeopleWithItem(new PersonWithChild().mentionId(UUID.randomUUID())
                .name(new PersonName().givenName("Tyler").familyName("")));

        assertEquals(List.of("Give Tyler's first name and surname.", "Say who Tyler is to Kai."),
                check.problems(interview, Returns.task()));
    }

    @Test
    void aHiddenCharacterInWhereTheChildWasIsQueried() {
        ReturnHomeInterview interview = Returns.interview().whereabouts("At \u2066Dean's\u2069 flat");

        assertEquals(List.of("Check where Kai was: it holds a hidden control or formatting character"
                + " (it may have been pasted in); retype it."), check.problems(interview, Returns.task()));
    }
}
