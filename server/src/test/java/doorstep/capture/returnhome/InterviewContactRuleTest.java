package doorstep.capture.returnhome;

import doorstep.capture.CaptureReferred;
import doorstep.capture.Recorder;
import doorstep.capture.RiskSignal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A referred interview reports the missing episode, exploitation at the threshold or judged high, and the child's age. */
class InterviewContactRuleTest {

    private static final Recorder RECORDER = new Recorder("test-la", "uid", "return-home-service", UUID.randomUUID());
    private static final LocalDate INTERVIEWED_ON = LocalDate.of(2026, 6, 1);
    private static final LocalDate FOURTEEN = INTERVIEWED_ON.minusYears(14);

    @Test
    void signsAtTheThresholdAreReportedWithTheMissingEpisode() {
        UUID child = UUID.randomUUID();

        CaptureReferred referral = rule(child, true, 3, false, FOURTEEN).orElseThrow();

        assertEquals(Set.of(RiskSignal.MISSING_EPISODE, RiskSignal.EXPLOITATION_AT_THRESHOLD), referral.signals());
        assertEquals("return-home-interview", referral.kind());
        assertEquals(List.of(child), referral.childMentionIds());
    }

    @Test
    void theInterviewersJudgementOfHighRiskIsReportedWhateverTheCount() {
        assertEquals(Set.of(RiskSignal.MISSING_EPISODE, RiskSignal.EXPLOITATION_JUDGED_HIGH),
                rule(UUID.randomUUID(), true, 0, true, FOURTEEN).orElseThrow().signals());
    }

    @Test
    void signsBelowTheThresholdReportTheMissingEpisodeAlone() {
        assertEquals(Set.of(RiskSignal.MISSING_EPISODE), rule(UUID.randomUUID(), true, 2, false, null).orElseThrow()
                .signals());
    }

    @Test
    void aChildUnderFiveOnTheDayOfTheInterviewIsReported() {
        assertTrue(rule(UUID.randomUUID(), true, 0, false, INTERVIEWED_ON.minusYears(4)).orElseThrow().signals()
                .contains(RiskSignal.CHILD_UNDER_FIVE));
    }

    @Test
    void anInterviewNotReferredIsNoContact() {
        assertTrue(rule(UUID.randomUUID(), false, 0, false, FOURTEEN).isEmpty());
    }

    private static Optional<CaptureReferred> rule(UUID child, boolean referred, long yes, boolean judgementHigh,
                                                  LocalDate born) {
        return InterviewContactRule.referralFor(RECORDER, UUID.randomUUID(), Instant.now(), child,
                new InterviewContactRule.Findings(referred, yes, 3, judgementHigh, born, INTERVIEWED_ON));
    }
}
