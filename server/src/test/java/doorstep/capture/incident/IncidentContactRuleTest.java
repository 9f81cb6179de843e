package doorstep.capture.incident;

import doorstep.capture.CaptureReferred;
import doorstep.capture.RiskSignal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an incident reports to the MASH: its DASH level, the officer's judgement, the youngest child's age, injury. */
class IncidentContactRuleTest {

    private static final LocalDate OCCURRED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate SIX_YEARS_OLD = OCCURRED_ON.minusYears(6);

    @Test
    void theChecklistsOwnLevelIsReported() {
        assertEquals(Set.of(RiskSignal.DASH_HIGH), refer(RiskLevel.HIGH, false, SIX_YEARS_OLD, false).signals());
        assertEquals(Set.of(RiskSignal.DASH_MEDIUM), refer(RiskLevel.MEDIUM, false, SIX_YEARS_OLD, false).signals());
        assertEquals(Set.of(RiskSignal.DASH_STANDARD), refer(RiskLevel.STANDARD, false, null, false).signals());
    }

    @Test
    void highRiskOnJudgementIsReportedBesideTheChecklistsLevel() {
        assertEquals(Set.of(RiskSignal.DASH_STANDARD, RiskSignal.JUDGEMENT_HIGH),
                refer(RiskLevel.STANDARD, true, SIX_YEARS_OLD, false).signals());
    }

    @Test
    void aBabyUnderOneOnTheDayOfTheIncidentIsReported() {
        assertEquals(Set.of(RiskSignal.DASH_STANDARD, RiskSignal.CHILD_UNDER_ONE),
                refer(RiskLevel.STANDARD, false, OCCURRED_ON.minusMonths(11), false).signals());
    }

    @Test
    void aChildWhoTurnedOneTheDayBeforeIsUnderFive() {
        assertEquals(Set.of(RiskSignal.DASH_STANDARD, RiskSignal.CHILD_UNDER_FIVE),
                refer(RiskLevel.STANDARD, false, OCCURRED_ON.minusYears(1).minusDays(1), false).signals());
    }

    @Test
    void anInjuredChildIsReported() {
        assertTrue(refer(RiskLevel.STANDARD, false, SIX_YEARS_OLD, true).signals().contains(RiskSignal.INJURY));
    }

    @Test
    void incidentWithNoChildIsNotReferred() {
        assertTrue(IncidentContactRule.referralFor(incident(0, RiskLevel.HIGH, false, null, false), List.of()).isEmpty());
    }

    @Test
    void referralCarriesTheCapturesIdsChildCountAndChildren() {
        IncidentRecorded incident = incident(3, RiskLevel.STANDARD, false, SIX_YEARS_OLD, false);
        List<UUID> children = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        CaptureReferred referral = IncidentContactRule.referralFor(incident, children).orElseThrow();

        assertEquals(List.of(incident.incidentId(), incident.submissionId(), 3),
                List.of(referral.captureId(), referral.submissionId(), referral.childCount()));
        assertEquals(children, referral.childMentionIds());
    }

    private static CaptureReferred refer(RiskLevel level, boolean judgement, LocalDate youngestBorn, boolean injured) {
        return IncidentContactRule.referralFor(incident(1, level, judgement, youngestBorn, injured),
                List.of(UUID.randomUUID())).orElseThrow();
    }

    private static IncidentRecorded incident(int children, RiskLevel level, boolean judgement, LocalDate youngestBorn,
                                             boolean injured) {
        UUID id = UUID.randomUUID();
        return new IncidentRecorded(id, id, "tenant-a", "officer-uid", "police", Instant.parse("2026-03-02T10:00:00Z"),
                children, level, judgement, youngestBorn, OCCURRED_ON, injured);
    }
}
