package doorstep.capture.earlyhelp;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only an escalated visit goes to the MASH: red when the worker names an immediate risk, amber otherwise. */
class EarlyHelpContactRuleTest {

    @Test
    void visitNotEscalatedIsNoContact() {
        assertEquals(Optional.empty(), EarlyHelpContactRule.referralFor(visit(false, false)));
    }

    @Test
    void escalatedVisitIsAmberWithAFixedReason() {
        CaptureReferred referral = EarlyHelpContactRule.referralFor(visit(true, false)).orElseThrow();

        assertEquals(Priority.AMBER, referral.priority());
        assertEquals(List.of(EarlyHelpContactRule.ESCALATED), referral.reasons());
        assertEquals("early-help-visit", referral.kind());
    }

    @Test
    void escalatedVisitNamingAnImmediateRiskIsRed() {
        CaptureReferred referral = EarlyHelpContactRule.referralFor(visit(true, true)).orElseThrow();

        assertEquals(Priority.RED, referral.priority());
        assertEquals(List.of("Immediate risk named by the early help worker"), referral.reasons());
    }

    private static VisitRecorded visit(boolean escalated, boolean immediateRisk) {
        return new VisitRecorded(UUID.randomUUID(), "test-la", "uid", "early-help", Instant.now(), 2, escalated,
                immediateRisk, List.of(), List.of(UUID.randomUUID(), UUID.randomUUID()));
    }
}
