package doorstep.capture.incident;

import doorstep.api.ReferenceApi;
import doorstep.api.model.RiskChecklist;
import doorstep.api.model.RiskQuestion;
import doorstep.problem.ProblemException;
import io.micronaut.http.annotation.Controller;

@Controller
class ReferenceController implements ReferenceApi {

    private final RiskChecklists checklists;

    ReferenceController(RiskChecklists checklists) {
        this.checklists = checklists;
    }

    @Override
    public RiskChecklist getRiskChecklist(String checklistId) {
        RiskChecklistDefinition definition = checklists.find(checklistId)
                .orElseThrow(() -> ProblemException.notFound("risk checklist"));
        return new RiskChecklist(definition.id(), definition.version(), definition.title(),
                definition.highRiskYesThreshold(),
                definition.questions().stream().map(q -> new RiskQuestion(q.id(), q.number(), q.text())).toList());
    }
}
