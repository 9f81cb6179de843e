package doorstep.capture.incident;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incident's MASH rule: which incidents become contacts, at what priority, and why. */
class IncidentContactRuleTest {

    @Test
    void highDashRiskIsRedSayingSo() {
        CaptureReferred referral = refer(2, 6, RiskLevel.HIGH, false);

        assertEquals(Priority.RED, referral.priority());
        assertEquals(List.of("High risk on the DASH checklist"), referral.reasons());
    }

    @Test
    void highRiskOnJudgementAloneIsRedNamingTheJudgement() {
        assertEquals(List.of("High risk on the officer's professional judgement"),
                refer(1, 6, RiskLevel.HIGH, true).reasons());
    }

    @Test
    void aBabyUnderOneMakesEvenAStandardRiskIncidentRed() {
        CaptureReferred referral = refer(1, 0, RiskLevel.STANDARD, false);

        assertEquals(Priority.RED, referral.priority());
        assertEquals(List.of("A child under one year old"), referral.reasons());
    }

    @Test
    void mediumDashRiskIsAmber() {
        assertEquals(Priority.AMBER, refer(1, 6, RiskLevel.MEDIUM, false).priority());
    }

    @Test
    void standardRiskWithNoBabyIsGreen() {
        assertEquals(Priority.GREEN, refer(1, null, RiskLevel.STANDARD, false).priority());
    }

    @Test
    void incidentWithNoChildIsNotReferred() {
        assertTrue(IncidentContactRule.referralFor(incident(0, null, RiskLevel.HIGH, false)).isEmpty());
    }

    @Test
    void referralCarriesTheCapturesIdsAndChildCount() {
        IncidentRecorded incident = incident(3, 6, RiskLevel.STANDARD, false);

        CaptureReferred referral = IncidentContactRule.referralFor(incident).orElseThrow();

        assertEquals(List.of(incident.incidentId(), incident.submissionId(), 3),
                List.of(referral.captureId(), referral.submissionId(), referral.childCount()));
    }

    private static CaptureReferred refer(int children, Integer youngest, RiskLevel level, boolean judgement) {
        return IncidentContactRule.referralFor(incident(children, youngest, level, judgement)).orElseThrow();
    }

    private static IncidentRecorded incident(int children, Integer youngest, RiskLevel level, boolean judgement) {
        UUID id = UUID.randomUUID();
        return new IncidentRecorded(id, id, "tenant-a", "officer-uid", "police", Instant.parse("2026-03-02T10:00:00Z"),
                children, youngest, level, judgement);
    }
}
