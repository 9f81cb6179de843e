package doorstep.capture.incident;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A versioned yes/no/not-known risk checklist and how its answers give a level. Other checklists
 * (College of Policing DARA) are further instances of this, not new code.
 *
 * @param mediumRiskYesThreshold yes answers from which the level is at least medium
 * @param highRiskYesThreshold   yes answers from which the level is high
 */
public record RiskChecklistDefinition(String id, String version, String title, int mediumRiskYesThreshold,
                                      int highRiskYesThreshold, List<Question> questions) {

    public record Question(String id, int number, String text) {
    }

    public Set<String> questionIds() {
        return questions.stream().map(Question::id).collect(Collectors.toUnmodifiableSet());
    }

    /** High on the threshold or on professional judgement alone, whatever the count. */
    public RiskLevel levelFor(int yesCount, boolean professionalJudgementHigh) {
        if (professionalJudgementHigh || yesCount >= highRiskYesThreshold) {
            return RiskLevel.HIGH;
        }
        return yesCount >= mediumRiskYesThreshold ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }
}
