package doorstep.device.capture;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import java.time.Clock;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Finds what a capture of any kind is missing before it is sealed, with the rules the server
 * applies, in words for a tired worker. Each kind has its own check; this one hands each capture to
 * it. The messages name children: show them on screen, never log them.
 */
public final class CaptureCheck {

    private final IncidentCheck incidents;
    private final EarlyHelpVisitCheck visits;
    private final ChildReturnedCheck returns;
    private final ReturnHomeInterviewCheck interviews;

    public CaptureCheck(Clock clock) {
        this.incidents = new IncidentCheck(clock);
        this.visits = new EarlyHelpVisitCheck(clock);
        this.returns = new ChildReturnedCheck(clock);
        this.interviews = new ReturnHomeInterviewCheck(clock);
    }

    /** The problems to fix, in form order; empty when the incident is ready to send. */
    public List<String> problems(DomesticAbuseIncident incident) {
        return incidents.problems(incident);
    }

    public List<String> problems(EarlyHelpVisit visit) {
        return visits.problems(visit);
    }

    public List<String> problems(ChildReturned notice) {
        return returns.problems(notice);
    }

    /** @param task the task the interview answers, as the phone last read it; null when it has not read it */
    public List<String> problems(ReturnHomeInterview interview, @Nullable ReturnHomeTask task) {
        return interviews.problems(interview, task);
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static <T> List<T> listOf(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }
}
