package doorstep.capture.earlyhelp;

import doorstep.capture.CaptureReferred;
import doorstep.capture.RiskSignal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only an escalated visit goes to the MASH, reporting the escalation, any immediate risk and the youngest child's age. */
class EarlyHelpContactRuleTest {

    private static final LocalDate VISITED_ON = LocalDate.of(2026, 3, 2);

    @Test
    void visitNotEscalatedIsNoContact() {
        assertEquals(Optional.empty(), EarlyHelpContactRule.referralFor(visit(false, false, List.of())));
    }

    @Test
    void escalatedVisitReportsTheEscalationAndItsChildren() {
        VisitRecorded visit = visit(true, false, List.of(VISITED_ON.minusYears(8)));

        CaptureReferred referral = EarlyHelpContactRule.referralFor(visit).orElseThrow();

        assertEquals(Set.of(RiskSignal.ESCALATION), referral.signals());
        assertEquals("early-help-visit", referral.kind());
        assertEquals(visit.childMentionIds(), referral.childMentionIds());
    }

    @Test
    void escalatedVisitNamingAnImmediateRiskReportsIt() {
        assertEquals(Set.of(RiskSignal.ESCALATION, RiskSignal.IMMEDIATE_RISK),
                EarlyHelpContactRule.referralFor(visit(true, true, List.of())).orElseThrow().signals());
    }

    @Test
    void theYoungestChildsAgeOnTheDayOfTheVisitIsReported() {
        VisitRecorded visit = visit(true, false, List.of(VISITED_ON.minusYears(9), VISITED_ON.minusYears(4)));

        assertEquals(Set.of(RiskSignal.ESCALATION, RiskSignal.CHILD_UNDER_FIVE),
                EarlyHelpContactRule.referralFor(visit).orElseThrow().signals());
    }

    private static VisitRecorded visit(boolean escalated, boolean immediateRisk, List<LocalDate> childrenBorn) {
        return new VisitRecorded(UUID.randomUUID(), "test-la", "uid", "early-help", Instant.now(), 2, escalated,
                immediateRisk, List.of(), List.of(UUID.randomUUID(), UUID.randomUUID()), VISITED_ON, childrenBorn);
    }
}
