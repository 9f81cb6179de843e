package doorstep.returnhome;

import doorstep.api.model.ReturnHomeTask;
import doorstep.capture.returnhome.ReturnEpisode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A task as the contract shows it: the child and the episode, and how long is left (negative once late). */
final class TaskView {

    private TaskView() {
    }

    /** A closed task keeps the time it had left when its interview was recorded. */
    static ReturnHomeTask of(TaskRow row, ReturnEpisode episode, Instant now) {
        Instant asOf = row.closedAt() == null ? now : row.closedAt();
        long secondsLeft = Duration.between(asOf, row.dueAt()).toSeconds();
        return new ReturnHomeTask(row.id(), row.state().wire(), episode.child(),
                episode.missingFrom().atOffset(ZoneOffset.UTC), episode.returnedAt().atOffset(ZoneOffset.UTC),
                row.dueAt().atOffset(ZoneOffset.UTC), asOf.isAfter(row.dueAt()), secondsLeft)
                .childDateOfBirth(episode.childDateOfBirth())
                .whereFound(episode.whereFound())
                .assignedTo(row.assignedTo())
                .closedAt(row.closedAt() == null ? null : row.closedAt().atOffset(ZoneOffset.UTC))
                .interviewId(row.interviewId());
    }
}
