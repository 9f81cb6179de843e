package doorstep.returnhome;

import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.ReturnHomeTaskFilter;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.capture.returnhome.ChildReturnRecorded;
import doorstep.capture.returnhome.ReturnEpisode;
import doorstep.capture.returnhome.ReturnEpisodes;
import doorstep.capture.returnhome.ReturnInterviewRecorded;
import doorstep.capture.returnhome.ReturnTaskViews;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import doorstep.sync.TaskNoticeIssued;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The return home service's tasks: opened by a child's return, claimed by an interviewer, closed
 * by the first interview. Each change is a notice in the feed of every interviewer of the tenant;
 * every read of a task (it names the child) is audited.
 */
@Singleton
class InterviewTasks implements ReturnTaskViews {

    static final String TASK_KIND = "return-home-interview";
    private static final String RECORD_TYPE = "return_home_task";
    private static final String PURPOSE = "return home interview";

    private final TaskRepository tasks;
    private final ReturnEpisodes episodes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<TaskNoticeIssued> notices;
    private final Clock clock;

    InterviewTasks(TaskRepository tasks, ReturnEpisodes episodes, AuditTrail audit,
                    ApplicationEventPublisher<TaskNoticeIssued> notices, Clock clock) {
        this.tasks = tasks;
        this.episodes = episodes;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    void on(ChildReturnRecorded returned) {
        notify(tasks.save(TaskRow.opened(returned.tenantId(), returned.episodeId(), returned.returnedAt(),
                returned.recordedAt())), returned.recordedAt());
    }

    /** The first interview closes the task; a later one is stored with its episode but leaves the task as it was. */
    @EventListener
    void on(ReturnInterviewRecorded interviewed) {
        TaskRow task = tasks.lock(interviewed.episodeId(), interviewed.tenantId()).orElseThrow(() ->
                new IllegalStateException("episode " + interviewed.episodeId() + " has no task"));
        if (task.state() != TaskState.CLOSED) {
            notify(change(task.closedBy(interviewed.interviewId(), interviewed.recordedAt())), interviewed.recordedAt());
        }
    }

    @Transactional
    List<ReturnHomeTask> list(Caller caller, ReturnHomeTaskFilter filter, int limit) {
        // Late is the manager's view, not a secret: an interviewer's open list shows the same tasks overdue.
        caller.requireAnyOf(Role.RETURN_HOME_INTERVIEWER, Role.RETURN_HOME_MANAGER);
        Instant now = clock.instant();
        List<TaskRow> rows = switch (filter) {
            case OPEN -> tasks.open(caller.tenantId(), limit);
            case LATE -> tasks.late(caller.tenantId(), now, limit);
            case CLOSED -> tasks.closed(caller.tenantId(), limit);
        };
        return rows.stream().map(row -> read(caller, row, now)).toList();
    }

    @Transactional
    ReturnHomeTask get(Caller caller, UUID taskId) {
        caller.requireAnyOf(Role.RETURN_HOME_INTERVIEWER, Role.RETURN_HOME_MANAGER);
        return read(caller, find(caller, taskId), clock.instant());
    }

    /** Claiming a task already mine changes nothing; a closed task, or one another has, cannot be claimed. */
    @Transactional
    ReturnHomeTask claim(Caller caller, UUID taskId) {
        caller.requireAnyOf(Role.RETURN_HOME_INTERVIEWER);
        find(caller, taskId);
        TaskRow task = tasks.lock(taskId, caller.tenantId()).orElseThrow();
        Instant now = clock.instant();
        if (task.state() == TaskState.CLOSED) {
            throw ProblemException.conflict("task-not-claimable", "Already interviewed",
                    "An interview has already closed this task.");
        }
        if (task.state() == TaskState.CLAIMED && !caller.uid().equals(task.assignedTo())) {
            throw ProblemException.conflict("task-not-claimable", "Already taken",
                    "Another interviewer has claimed this task.");
        }
        if (task.state() == TaskState.OPEN) {
            task = change(task.claimedBy(caller.uid(), now));
            audit.record(Actor.of(caller), AuditAction.TASK_CLAIMED, AuditedRecord.of(RECORD_TYPE, taskId), PURPOSE);
            notify(task, now);
        }
        return read(caller, task, now);
    }

    @Override
    public Optional<ReturnHomeTask> task(String tenantId, UUID taskId) {
        return tasks.findByIdAndTenantId(taskId, tenantId).map(row -> view(row, clock.instant()));
    }

    private TaskRow find(Caller caller, UUID taskId) {
        return tasks.findByIdAndTenantId(taskId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("return home interview task"));
    }

    private ReturnHomeTask read(Caller caller, TaskRow row, Instant now) {
        audit.record(Actor.of(caller), AuditAction.TASK_READ, AuditedRecord.of(RECORD_TYPE, row.id()), PURPOSE);
        return view(row, now);
    }

    private ReturnHomeTask view(TaskRow row, Instant now) {
        ReturnEpisode episode = episodes.find(row.tenantId(), row.id()).orElseThrow(() ->
                new IllegalStateException("task " + row.id() + " has no episode"));
        return TaskView.of(row, episode, now);
    }

    private TaskRow change(TaskRow task) {
        tasks.change(task.id(), task.tenantId(), task.state().name(), task.assignedTo(), task.claimedAt(),
                task.closedAt(), task.interviewId());
        return task;
    }

    private void notify(TaskRow task, Instant at) {
        notices.publishEvent(new TaskNoticeIssued(task.tenantId(), Role.RETURN_HOME_INTERVIEWER.claim(), null,
                task.id(), TASK_KIND, task.state().wire().getValue(), task.dueAt(), task.assignedTo(), at));
    }
}
