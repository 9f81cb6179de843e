package doorstep.returnhome;

import doorstep.mash.LateInterviewTasks;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/** Answers the MASH deadline job and oversight: the service's tasks still open past their 72 hours. */
@Singleton
class LateInterviewWatch implements LateInterviewTasks {

    private final LateTaskRepository tasks;

    LateInterviewWatch(LateTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<LateTask> markLate(String tenantId, Instant now) {
        return tasks.lateUnmarked(tenantId, now).stream()
                .filter(task -> tasks.markLate(task.id(), tenantId, now) == 1)
                .map(task -> new LateTask(task.id(), task.state() == TaskState.CLAIMED, task.dueAt(), now))
                .toList();
    }

    @Override
    public List<LateTask> late(String tenantId, Instant now, int limit) {
        return tasks.late(tenantId, now, limit).stream()
                .map(task -> new LateTask(task.id(), task.state() == TaskState.CLAIMED, task.dueAt(), task.lateAt()))
                .toList();
    }
}
