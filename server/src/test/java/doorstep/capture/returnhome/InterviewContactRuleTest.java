package doorstep.capture.returnhome;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;
import doorstep.capture.Recorder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A referred interview is red at the checklist's threshold or on the interviewer's judgement, amber otherwise. */
class InterviewContactRuleTest {

    private static final Recorder RECORDER = new Recorder("test-la", "uid", "return-home-service", UUID.randomUUID());

    @Test
    void signsAtTheThresholdAreRed() {
        CaptureReferred referral = rule(true, 3, false).orElseThrow();

        assertEquals(Priority.RED, referral.priority());
        assertEquals(List.of("Signs of exploitation at or above the threshold on the exploitation signs checklist"),
                referral.reasons());
        assertEquals("return-home-interview", referral.kind());
    }

    @Test
    void theInterviewersJudgementOfHighRiskIsRedWhateverTheCount() {
        CaptureReferred referral = rule(true, 0, true).orElseThrow();

        assertEquals(Priority.RED, referral.priority());
        assertEquals(List.of("High risk of exploitation on the interviewer's judgement"), referral.reasons());
    }

    @Test
    void signsBelowTheThresholdAreAmber() {
        CaptureReferred referral = rule(true, 2, false).orElseThrow();

        assertEquals(Priority.AMBER, referral.priority());
        assertEquals(List.of("Referred by the return home interviewer"), referral.reasons());
    }

    @Test
    void anInterviewNotReferredIsNoContact() {
        assertTrue(rule(false, 0, false).isEmpty());
    }

    private static Optional<CaptureReferred> rule(boolean referred, long yes, boolean judgementHigh) {
        return InterviewContactRule.referralFor(RECORDER, UUID.randomUUID(), Instant.now(), referred, yes, 3,
                judgementHigh);
    }
}
