package doorstep.capture.incident;

import doorstep.api.model.Child;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswers;
import doorstep.capture.ChildVoiceRule;
import doorstep.capture.InvalidCapture;
import doorstep.capture.NhsNumbersInACapture;
import doorstep.capture.StrictCaptureReader;
import doorstep.capture.UnknownDefinition;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an opened domestic abuse capture and checks it is complete: the schema's constraints,
 * then the rules a schema cannot say (every child's voice or the reason why not, a known checklist).
 * Messages name the field and say what to do; they never repeat what was written.
 */
@Singleton
class IncidentValidator {

    static final String SCHEMA = "DomesticAbuseIncident";

    private final StrictCaptureReader strict;
    private final RiskChecklists checklists;

    IncidentValidator(StrictCaptureReader strict, RiskChecklists checklists) {
        this.strict = strict;
        this.checklists = checklists;
    }

    DomesticAbuseIncident read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        DomesticAbuseIncident incident = strict.bind(plaintext, SCHEMA, DomesticAbuseIncident.class,
                "a domestic abuse incident");
        checkDefinitionKnown(incident.getRisk());
        List<Violation> violations = strict.constraints(incident);
        if (violations.isEmpty()) {
            checkMentions(incident, violations);
            checkNhsNumbers(incident, violations);
            checkChildren(incident.getChildren(), violations);
            checkRisk(incident.getRisk(), violations);
        }
        StrictCaptureReader.refuseIfAny(violations);
        return incident;
    }

    /** Each person is stored under their mention id; a repeat would fail the store, not the capture. */
    private static void checkMentions(DomesticAbuseIncident incident, List<Violation> violations) {
        Set<UUID> mentioned = new HashSet<>();
        for (int i = 0; i < incident.getAdults().size(); i++) {
            if (!mentioned.add(incident.getAdults().get(i).getMentionId())) {
                violations.add(new Violation("adults[" + i + "].mentionId", "is used for another person in this capture"));
            }
        }
        for (int i = 0; i < incident.getChildren().size(); i++) {
            if (!mentioned.add(incident.getChildren().get(i).getMentionId())) {
                violations.add(new Violation("children[" + i + "].mentionId",
                        "is used for another person in this capture"));
            }
        }
    }

    /**
     * Each NHS number must pass its check, and belong to one person only: given to a mother and her
     * child alike it would file one under the other.
     */
    private static void checkNhsNumbers(DomesticAbuseIncident incident, List<Violation> violations) {
        NhsNumbersInACapture numbers = new NhsNumbersInACapture(violations);
        for (int i = 0; i < incident.getAdults().size(); i++) {
            numbers.check("adults[" + i + "].nhsNumber", incident.getAdults().get(i).getNhsNumber());
        }
        for (int i = 0; i < incident.getChildren().size(); i++) {
            numbers.check("children[" + i + "].nhsNumber", incident.getChildren().get(i).getNhsNumber());
        }
    }

    private static void checkChildren(List<Child> children, List<Violation> violations) {
        for (int i = 0; i < children.size(); i++) {
            ChildVoiceRule.check(children.get(i).getVoice(), "children[" + i + "].voice", violations);
        }
    }

    /**
     * The checklist and version the incident was made with are its definition: one this server
     * does not know was made by a newer or an outdated app, and no answer in it can be trusted.
     */
    private void checkDefinitionKnown(RiskAnswers risk) throws UnknownDefinition {
        if (risk == null || risk.getChecklistId() == null || risk.getChecklistVersion() == null) {
            return;
        }
        if (checklists.find(risk.getChecklistId(), risk.getChecklistVersion()).isEmpty()) {
            throw new UnknownDefinition();
        }
    }

    private void checkRisk(RiskAnswers risk, List<Violation> violations) {
        RiskChecklistDefinition definition = checklists.find(risk.getChecklistId(), risk.getChecklistVersion())
                .orElseThrow();
        Set<String> known = definition.questionIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < risk.getAnswers().size(); i++) {
            RiskAnswer answer = risk.getAnswers().get(i);
            if (!known.contains(answer.getQuestionId())) {
                violations.add(new Violation("risk.answers[" + i + "].questionId", "is not a question of this checklist"));
            } else if (!seen.add(answer.getQuestionId())) {
                violations.add(new Violation("risk.answers[" + i + "].questionId", "is answered twice"));
            }
        }
        if (risk.getProfessionalJudgementHigh() && blank(risk.getJudgementReason())) {
            violations.add(new Violation("risk.judgementReason", "say why you judge the risk high"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
