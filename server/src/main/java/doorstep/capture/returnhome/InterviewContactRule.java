package doorstep.capture.returnhome;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;
import doorstep.capture.Recorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The MASH rule for a return home interview: an interview the interviewer refers becomes a contact,
 * red at the checklist's threshold of signs or on the interviewer's judgement of high risk, amber otherwise.
 */
final class InterviewContactRule {

    private InterviewContactRule() {
    }

    static Optional<CaptureReferred> referralFor(Recorder recorder, UUID interviewId, Instant recordedAt,
                                                 boolean referred, long yesCount, int redAt, boolean judgementHigh) {
        if (!referred) {
            return Optional.empty();
        }
        List<String> red = new ArrayList<>();
        if (yesCount >= redAt) {
            red.add("Signs of exploitation at or above the threshold on the exploitation signs checklist");
        }
        if (judgementHigh) {
            red.add("High risk of exploitation on the interviewer's judgement");
        }
        Priority priority = red.isEmpty() ? Priority.AMBER : Priority.RED;
        List<String> reasons = red.isEmpty() ? List.of("Referred by the return home interviewer") : red;
        return Optional.of(new CaptureReferred(ReturnInterviewKind.NAME, interviewId, interviewId, recorder.tenantId(),
                recorder.uid(), recorder.agency(), recordedAt, 1, priority, reasons));
    }
}
