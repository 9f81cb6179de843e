package doorstep.capture;

import doorstep.api.ReferenceApi;
import doorstep.api.model.RiskChecklist;
import doorstep.problem.ProblemException;
import io.micronaut.http.annotation.Controller;

import java.util.List;
import java.util.Optional;

/** Serves every kind's checklists by id, from whichever kind's catalogue holds it; knows no kind. */
@Controller
class ReferenceController implements ReferenceApi {

    private final List<RiskChecklistCatalogue> catalogues;

    ReferenceController(List<RiskChecklistCatalogue> catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public RiskChecklist getRiskChecklist(String checklistId) {
        return catalogues.stream()
                .map(catalogue -> catalogue.current(checklistId))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("risk checklist"));
    }
}
