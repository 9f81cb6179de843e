package doorstep.sync;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A task was made or changed, for one user or for everyone holding a role in the tenant (a task
 * for a service, not a person). Published by the capability that owns the task, in its transaction;
 * the feed carries it to the users' phones. Ids, codes and times only, never a child's data.
 *
 * @param audienceRole the role claim of the service the task is for, or null when it is for one user
 * @param audienceUid  the one user it is for, or null when it is for a role
 * @param taskKind     the task's kind as the contract names it in {@code TaskNotice.taskKind}
 * @param state        the task's state as the contract names it
 * @param assignedTo   the uid of whoever claimed it, if anyone has
 */
public record TaskNoticeIssued(String tenantId, @Nullable String audienceRole, @Nullable String audienceUid,
                               UUID taskId, String taskKind, String state, Instant dueAt,
                               @Nullable String assignedTo, Instant at) {

    public TaskNoticeIssued {
        if ((audienceRole == null) == (audienceUid == null)) {
            throw new IllegalArgumentException("A task notice is for one user or for one role: give exactly one");
        }
    }
}
