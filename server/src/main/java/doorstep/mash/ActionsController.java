package doorstep.mash;

import doorstep.api.ActionsApi;
import doorstep.api.model.Action;
import doorstep.api.model.ActionFilter;
import doorstep.api.model.Actions;
import doorstep.identity.CurrentCaller;
import io.micronaut.http.annotation.Controller;

import java.util.UUID;

@Controller
class ActionsController implements ActionsApi {

    private final CurrentCaller currentCaller;
    private final ActionRegister actions;

    ActionsController(CurrentCaller currentCaller, ActionRegister actions) {
        this.currentCaller = currentCaller;
        this.actions = actions;
    }

    @Override
    public Actions listActions(ActionFilter owner, Integer limit) {
        int pageSize = limit == null ? 100 : limit;
        return new Actions(owner == ActionFilter.OVERDUE ? actions.overdue(currentCaller.get(), pageSize)
                : actions.mine(currentCaller.get(), pageSize));
    }

    @Override
    public Action completeAction(UUID actionId) {
        return actions.complete(currentCaller.get(), actionId);
    }
}
