package doorstep.capture.returnhome;

import doorstep.capture.CaptureReferred;
import doorstep.capture.Recorder;
import doorstep.capture.RiskSignal;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a return home interview tells the MASH: an interview the interviewer refers becomes a contact,
 * reporting the missing episode, signs of exploitation at the checklist's threshold, the interviewer's
 * judgement of high risk and the child's age.
 */
final class InterviewContactRule {

    private InterviewContactRule() {
    }

    /** The interview's facts: whether it was referred, its exploitation signs and the child's age. */
    record Findings(boolean referred, long yesCount, int redAt, boolean judgementHigh, @Nullable LocalDate childBorn,
                    LocalDate interviewedOn) {
    }

    static Optional<CaptureReferred> referralFor(Recorder recorder, UUID interviewId, Instant recordedAt,
                                                 UUID childMentionId, Findings findings) {
        if (!findings.referred()) {
            return Optional.empty();
        }
        Set<RiskSignal> signals = EnumSet.of(RiskSignal.MISSING_EPISODE);
        if (findings.yesCount() >= findings.redAt()) {
            signals.add(RiskSignal.EXPLOITATION_AT_THRESHOLD);
        }
        if (findings.judgementHigh()) {
            signals.add(RiskSignal.EXPLOITATION_JUDGED_HIGH);
        }
        RiskSignal.youngestChild(findings.childBorn() == null ? List.of() : List.of(findings.childBorn()),
                findings.interviewedOn()).ifPresent(signals::add);
        return Optional.of(new CaptureReferred(ReturnInterviewKind.NAME, interviewId, interviewId, recorder.tenantId(),
                recorder.uid(), recorder.agency(), recordedAt, 1, signals, List.of(childMentionId)));
    }
}
