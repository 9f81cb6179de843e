package doorstep.mash;

import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.identity.Role;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * Marks one tenant's contacts near their deadline or past it, and return home interview tasks past
 * their 72 hours, once each: records when, audits it as the system, and tells the managers in
 * their feed. Each mark is a conditional update, so a contact decided meanwhile is left alone.
 */
@Singleton
class BreachMarker {

    static final String ACTOR = "system:deadline-job";
    /** The job acts for no agency; the entry still names who, so the chain says the system did it. */
    private static final String SYSTEM_AGENCY = "doorstep";
    private static final String PURPOSE = "MASH deadline oversight";

    private final ContactClockRepository clocks;
    private final LateInterviewTasks lateInterviews;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<DeadlineReached> notices;
    private final double nearFraction;

    BreachMarker(ContactClockRepository clocks, LateInterviewTasks lateInterviews, AuditTrail audit,
                 ApplicationEventPublisher<DeadlineReached> notices, BreachConfiguration configuration) {
        this.clocks = clocks;
        this.lateInterviews = lateInterviews;
        this.audit = audit;
        this.notices = notices;
        this.nearFraction = configuration.nearFraction();
    }

    @Transactional
    void mark(String tenantId, Instant now) {
        for (ContactClock contact : clocks.notYetBreached(tenantId)) {
            DeadlineStatus status = DeadlineStatus.of(contact.receivedAt(), contact.dueAt(), now, nearFraction);
            if (status == DeadlineStatus.BREACHED && clocks.markBreached(contact.id(), tenantId, now) == 1) {
                announce(contact, DeadlineReached.BREACHED, AuditAction.CONTACT_DEADLINE_BREACHED, now);
            } else if (status == DeadlineStatus.NEAR && contact.nearBreachAt() == null
                    && clocks.markNear(contact.id(), tenantId, now) == 1) {
                announce(contact, DeadlineReached.NEAR, AuditAction.CONTACT_DEADLINE_NEAR, now);
            }
        }
        for (LateInterviewTasks.LateTask task : lateInterviews.markLate(tenantId, now)) {
            audit.record(system(tenantId), AuditAction.TASK_LATE, AuditedRecord.of("return_home_task", task.taskId()), PURPOSE);
            for (Role managers : List.of(Role.RETURN_HOME_MANAGER, Role.MASH_MANAGER)) {
                notices.publishEvent(new DeadlineReached(tenantId, managers.claim(), task.taskId(),
                        DeadlineReached.RETURN_HOME_INTERVIEW, DeadlineReached.BREACHED, task.dueAt(), now));
            }
        }
    }

    private void announce(ContactClock contact, String status, AuditAction action, Instant now) {
        audit.record(system(contact.tenantId()), action, AuditedRecord.of("contact", contact.id()), PURPOSE);
        notices.publishEvent(new DeadlineReached(contact.tenantId(), Role.MASH_MANAGER.claim(), contact.id(),
                DeadlineReached.CONTACT, status, contact.dueAt(), now));
    }

    private static Actor system(String tenantId) {
        return new Actor(tenantId, ACTOR, SYSTEM_AGENCY);
    }
}
