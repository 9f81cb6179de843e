package doorstep.mash;

import doorstep.capture.incident.IncidentRecorded;
import doorstep.capture.incident.RiskLevel;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Red for high DASH risk or a baby under one; amber for medium risk; green otherwise. */
@Singleton
class RagRules {

    RagAssessment assess(IncidentRecorded incident) {
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
            return new RagAssessment(RagRating.RED, red);
        }
        if (incident.riskLevel() == RiskLevel.MEDIUM) {
            return new RagAssessment(RagRating.AMBER, List.of("Medium risk on the DASH checklist"));
        }
        return new RagAssessment(RagRating.GREEN, List.of("Standard risk"));
    }
}
