package doorstep.returnhome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A task as the deadline job sees it: its state, due time and when it was first seen late. Read only. */
@MappedEntity("return_home_task")
record LateTaskRow(@Id UUID id, String tenantId, TaskState state, Instant dueAt, @Nullable Instant lateAt) {
}
