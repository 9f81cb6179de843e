package doorstep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.ReturnHomeTaskState;
import doorstep.device.api.model.RiskAnswer;
import doorstep.device.capture.CaptureCheck;
import doorstep.device.capture.ReturnHomeClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every capture the simulator makes passes the app's own check, in the mix the run promises. */
class GeneratorsTest {

    private static final int MANY = 600;
    private static final List<String> QUESTIONS = IntStream.rangeClosed(1, 15).mapToObj(q -> "es-" + q).toList();

    /** A Saturday evening: interviews run across the weekend, as the 72-hour clock does. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T19:30:00Z"), ZoneOffset.UTC);
    private final CaptureCheck check = new CaptureCheck(clock);

    @Test
    void everyIncidentPassesTheAppsCheck() {
        IncidentGenerator incidents = new IncidentGenerator(11, clock);
        for (int i = 0; i < MANY; i++) {
            assertEquals(List.of(), check.problems(incidents.next()));
        }
    }

    @Test
    void everyVisitPassesTheAppsCheckAndAboutOneInFiveIsEscalated() {
        VisitGenerator visits = new VisitGenerator(12, clock);
        int escalated = 0;
        for (int i = 0; i < MANY; i++) {
            EarlyHelpVisit visit = visits.next();
            assertEquals(List.of(), check.problems(visit));
            escalated += visit.getEscalation().getEscalate() ? 1 : 0;
        }
        assertBetween(0.14, 0.26, escalated);
    }

    @Test
    void everyReturnPassesTheAppsCheckAndSomeComeInAfterTheirClockRanOut() {
        ReturnGenerator returns = new ReturnGenerator(13, clock);
        int alreadyLate = 0;
        for (int i = 0; i < MANY; i++) {
            ChildReturned notice = returns.next();
            assertEquals(List.of(), check.problems(notice));
            alreadyLate += ReturnHomeClock.from(notice.getReturnedAt()).isLate(clock) ? 1 : 0;
        }
        assertBetween(0.05, 0.15, alreadyLate);
    }

    @Test
    void everyInterviewPassesTheAppsCheckAgainstItsTaskAndAboutOneInThreeRefersSigns() {
        ReturnGenerator returns = new ReturnGenerator(14, clock);
        InterviewGenerator interviews = new InterviewGenerator(15, clock);
        int referred = 0;
        int late = 0;
        for (int i = 0; i < MANY; i++) {
            ReturnHomeTask task = taskFor(returns.next());
            ReturnHomeInterview interview = interviews.next(task, QUESTIONS);
            assertEquals(List.of(), check.problems(interview, task));
            assertEquals(task.getTaskId(), interview.getTaskId());
            boolean signs = interview.getExploitation().getAnswers().stream()
                    .anyMatch(answer -> answer.getAnswer() == RiskAnswer.AnswerEnum.YES);
            assertEquals(signs, interview.getReferral().getRefer());
            referred += signs ? 1 : 0;
            late += interview.getLateReason() != null ? 1 : 0;
        }
        assertBetween(0.25, 0.42, referred);
        assertTrue(late > 0, "some interviews are late and say why");
    }

    @Test
    void interviewsAnswerTheServersQuestions() {
        ReturnHomeInterview interview = new InterviewGenerator(16, clock)
                .next(taskFor(new ReturnGenerator(16, clock).next()), QUESTIONS);

        assertEquals(QUESTIONS, interview.getExploitation().getAnswers().stream().map(RiskAnswer::getQuestionId).toList());
    }

    @Test
    void aSeedRepeatsItsVisits() {
        EarlyHelpVisit first = new VisitGenerator(21, clock).next();
        EarlyHelpVisit again = new VisitGenerator(21, clock).next();

        assertEquals(first.getAnalysis(), again.getAnalysis());
        assertEquals(first.getChildren().get(0).getName(), again.getChildren().get(0).getName());
        assertFalse(first.getChildren().get(0).getMentionId().equals(again.getChildren().get(0).getMentionId()),
                "each capture names its people afresh");
    }

    /** The task the server makes of a return, as the interviewer's phone reads it. */
    static ReturnHomeTask taskFor(ChildReturned notice) {
        return new ReturnHomeTask().taskId(UUID.randomUUID()).state(ReturnHomeTaskState.CLAIMED)
                .child(notice.getChild().getName()).missingFrom(notice.getMissingFrom())
                .returnedAt(notice.getReturnedAt()).dueAt(notice.getReturnedAt().plusHours(72))
                .overdue(false).secondsLeft(0L);
    }

    private static void assertBetween(double low, double high, int count) {
        double share = (double) count / MANY;
        assertTrue(share >= low && share <= high, "share " + share + " not within " + low + " to " + high);
    }
}
