package doorstep.returnhome;

import doorstep.api.ReturnHomeApi;
import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.ReturnHomeTaskFilter;
import doorstep.api.model.ReturnHomeTasks;
import doorstep.identity.CurrentCaller;
import io.micronaut.http.annotation.Controller;

import java.util.UUID;

@Controller
class ReturnHomeTaskController implements ReturnHomeApi {

    private final CurrentCaller currentCaller;
    private final InterviewTasks tasks;

    ReturnHomeTaskController(CurrentCaller currentCaller, InterviewTasks tasks) {
        this.currentCaller = currentCaller;
        this.tasks = tasks;
    }

    @Override
    public ReturnHomeTasks listReturnHomeTasks(ReturnHomeTaskFilter state, Integer limit) {
        return new ReturnHomeTasks(tasks.list(currentCaller.get(), state == null ? ReturnHomeTaskFilter.OPEN : state,
                limit == null ? 100 : limit));
    }

    @Override
    public ReturnHomeTask getReturnHomeTask(UUID taskId) {
        return tasks.get(currentCaller.get(), taskId);
    }

    @Override
    public ReturnHomeTask claimReturnHomeTask(UUID taskId) {
        return tasks.claim(currentCaller.get(), taskId);
    }
}
