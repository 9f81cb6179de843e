package doorstep.mash;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the deadline job and the manager's oversight ask the return home service: its interview
 * tasks still open past their 72 hours. Implemented by {@code returnhome}, which owns the tasks;
 * declared here so the dependency runs from returnhome to mash and never back.
 */
public interface LateInterviewTasks {

    /** Marks, at {@code now}, the tasks late and not yet marked, and returns those it marked. */
    List<LateTask> markLate(String tenantId, Instant now);

    /** The tasks open past their due time, the oldest due first. */
    List<LateTask> late(String tenantId, Instant now, int limit);

    /** A late task: ids and times only. */
    record LateTask(UUID taskId, boolean claimed, Instant dueAt, @Nullable Instant markedLateAt) {
    }
}
