package doorstep.capture.earlyhelp;

import doorstep.capture.CaptureReferred;
import doorstep.capture.RiskSignal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an early help visit tells the MASH: only an escalated visit becomes a contact, reporting the
 * escalation, any immediate risk the worker names and the youngest child's age. The signals are
 * fixed words: the worker's own reason stays sealed with the visit, as contact reasons are stored in the clear.
 */
final class EarlyHelpContactRule {

    private EarlyHelpContactRule() {
    }

    static Optional<CaptureReferred> referralFor(VisitRecorded visit) {
        if (!visit.escalated()) {
            return Optional.empty();
        }
        Set<RiskSignal> signals = EnumSet.of(RiskSignal.ESCALATION);
        if (visit.immediateRisk()) {
            signals.add(RiskSignal.IMMEDIATE_RISK);
        }
        RiskSignal.youngestChild(visit.childrenBorn(), visit.visitedOn()).ifPresent(signals::add);
        return Optional.of(new CaptureReferred(EarlyHelpKind.NAME, visit.visitId(), visit.visitId(), visit.tenantId(),
                visit.referrerUid(), visit.referrerAgency(), visit.recordedAt(), visit.childCount(), signals,
                visit.childMentionIds()));
    }
}
