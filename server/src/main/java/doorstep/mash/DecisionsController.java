package doorstep.mash;

import doorstep.api.DecisionsApi;
import doorstep.api.model.CorrectionRequest;
import doorstep.api.model.Decision;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.util.UUID;

@Controller
class DecisionsController implements DecisionsApi {

    private final CurrentCaller currentCaller;
    private final Corrections corrections;
    private final DecisionHistory history;

    DecisionsController(CurrentCaller currentCaller, Corrections corrections, DecisionHistory history) {
        this.currentCaller = currentCaller;
        this.corrections = corrections;
        this.history = history;
    }

    @Override
    public Decision correctDecision(UUID contactId, UUID decisionId, CorrectionRequest correction) {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return history.toWire(corrections.correct(caller, contactId, decisionId, correction), null);
    }
}
