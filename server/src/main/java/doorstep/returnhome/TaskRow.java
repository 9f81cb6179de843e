package doorstep.returnhome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A return home interview task, under its episode's id (the child-returned notice's submission
 * id). Ids and times only; who the child is lives, sealed, with the episode.
 */
@MappedEntity("return_home_task")
record TaskRow(@Id UUID id, String tenantId, TaskState state, Instant returnedAt, Instant dueAt,
               @Nullable String assignedTo, @Nullable Instant claimedAt, @Nullable Instant closedAt,
               @Nullable UUID interviewId, Instant openedAt) {

    /** Real hours, nights and weekends included: a child back on Friday evening is due an interview on Monday evening. */
    static final Duration DUE_WITHIN = Duration.ofHours(72);

    static TaskRow opened(String tenantId, UUID episodeId, Instant returnedAt, Instant at) {
        return new TaskRow(episodeId, tenantId, TaskState.OPEN, returnedAt, returnedAt.plus(DUE_WITHIN), null, null,
                null, null, at);
    }

    TaskRow claimedBy(String uid, Instant at) {
        if (state != TaskState.OPEN) {
            throw new IllegalStateException("only an open task can be claimed");
        }
        return new TaskRow(id, tenantId, TaskState.CLAIMED, returnedAt, dueAt, uid, at, null, null, openedAt);
    }

    TaskRow closedBy(UUID interview, Instant at) {
        if (state == TaskState.CLOSED) {
            throw new IllegalStateException("a closed task stays as it was first closed");
        }
        return new TaskRow(id, tenantId, TaskState.CLOSED, returnedAt, dueAt, assignedTo, claimedAt, at, interview,
                openedAt);
    }
}
