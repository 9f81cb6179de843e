package doorstep.capture.earlyhelp;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;

import java.util.List;
import java.util.Optional;

/**
 * The MASH rule for an early help visit: only an escalated visit becomes a contact, red when the
 * worker names an immediate risk to a child, amber otherwise. The reasons are fixed words: the
 * worker's own reason stays sealed with the visit, as contact reasons are stored in the clear.
 */
final class EarlyHelpContactRule {

    static final String IMMEDIATE_RISK = "Immediate risk named by the early help worker";
    static final String ESCALATED = "Escalated by early help: the worker asks the MASH to decide on the children";

    private EarlyHelpContactRule() {
    }

    static Optional<CaptureReferred> referralFor(VisitRecorded visit) {
        if (!visit.escalated()) {
            return Optional.empty();
        }
        return Optional.of(visit.immediateRisk() ? referral(visit, Priority.RED, IMMEDIATE_RISK)
                : referral(visit, Priority.AMBER, ESCALATED));
    }

    private static CaptureReferred referral(VisitRecorded visit, Priority priority, String reason) {
        return new CaptureReferred(EarlyHelpKind.NAME, visit.visitId(), visit.visitId(), visit.tenantId(),
                visit.referrerUid(), visit.referrerAgency(), visit.recordedAt(), visit.childCount(), priority,
                List.of(reason));
    }
}
