package doorstep.capture.incident;

import doorstep.capture.CaptureReferred;
import doorstep.capture.CaptureReferred.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MASH rule for an incident: every incident with a child becomes a contact, red for high DASH
 * risk or a baby under one, amber for medium risk, green otherwise.
 */
final class IncidentContactRule {

    private IncidentContactRule() {
    }

    static Optional<CaptureReferred> referralFor(IncidentRecorded incident) {
        if (incident.childCount() == 0) {
            return Optional.empty();
        }
        List<String> red = new ArrayList<>();
        if (incident.riskLevel() == RiskLevel.HIGH) {
            red.add(incident.professionalJudgementHigh()
                    ? "High risk on the officer's professional judgement"
                    : "High risk on the DASH checklist");
        }
        if (incident.youngestChildAgeYears() != null && incident.youngestChildAgeYears() < 1) {
            red.add("A child under one year old");
        }
        if (!red.isEmpty()) {
            return Optional.of(referral(incident, Priority.RED, red));
        }
        if (incident.riskLevel() == RiskLevel.MEDIUM) {
            return Optional.of(referral(incident, Priority.AMBER, List.of("Medium risk on the DASH checklist")));
        }
        return Optional.of(referral(incident, Priority.GREEN, List.of("Standard risk")));
    }

    private static CaptureReferred referral(IncidentRecorded incident, Priority priority, List<String> reasons) {
        return new CaptureReferred(IncidentKind.NAME, incident.incidentId(), incident.submissionId(), incident.tenantId(),
                incident.referrerUid(), incident.referrerAgency(), incident.recordedAt(), incident.childCount(),
                priority, reasons);
    }
}
