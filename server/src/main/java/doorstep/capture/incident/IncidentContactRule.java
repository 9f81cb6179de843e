package doorstep.capture.incident;

import doorstep.capture.CaptureReferred;
import doorstep.capture.RiskSignal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an incident tells the MASH: every incident with a child becomes a contact, reporting its
 * DASH level, the officer's judgement, the youngest child's age and any injury. The MASH rates it.
 */
final class IncidentContactRule {

    private IncidentContactRule() {
    }

    static Optional<CaptureReferred> referralFor(IncidentRecorded incident, List<UUID> childMentionIds) {
        if (incident.childCount() == 0) {
            return Optional.empty();
        }
        Set<RiskSignal> signals = EnumSet.of(switch (incident.checklistLevel()) {
            case HIGH -> RiskSignal.DASH_HIGH;
            case MEDIUM -> RiskSignal.DASH_MEDIUM;
            case STANDARD -> RiskSignal.DASH_STANDARD;
        });
        if (incident.professionalJudgementHigh()) {
            signals.add(RiskSignal.JUDGEMENT_HIGH);
        }
        RiskSignal.youngestChild(incident.youngestChildBorn() == null ? List.of() : List.of(incident.youngestChildBorn()),
                incident.occurredOn()).ifPresent(signals::add);
        if (incident.childInjured()) {
            signals.add(RiskSignal.INJURY);
        }
        return Optional.of(new CaptureReferred(IncidentKind.NAME, incident.incidentId(), incident.submissionId(),
                incident.tenantId(), incident.referrerUid(), incident.referrerAgency(), incident.recordedAt(),
                incident.childCount(), signals, childMentionIds));
    }
}
