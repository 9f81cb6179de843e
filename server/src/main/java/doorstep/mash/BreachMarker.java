package doorstep.mash;

import doorstep.audit.AuditTrail;
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
                announce(contact, DeadlineReached.BREACHED, "contact.deadline-breached", now);
            } else if (status == DeadlineStatus.NEAR && contact.nearBreachAt() == null
                    && clocks.markNear(contact.id(), tenantId, now) == 1) {
                announce(contact, DeadlineReached.NEAR, "contact.deadline-near", now);
            }
        }
        for (LateInterviewTasks.LateTask task : lateInterviews.markLate(tenantId, now)) {
            audit.record(tenantId, ACTOR, "task.late", "return_home_task", task.taskId().toString(), PURPOSE);
            for (Role managers : List.of(Role.RETURN_HOME_MANAGER, Role.MASH_MANAGER)) {
                notices.publishEvent(new DeadlineReached(tenantId, managers.claim(), task.taskId(),
                        DeadlineReached.RETURN_HOME_INTERVIEW, DeadlineReached.BREACHED, task.dueAt(), now));
            }
        }
    }

    private void announce(ContactClock contact, String status, String action, Instant now) {
        audit.record(contact.tenantId(), ACTOR, action, "contact", contact.id().toString(), PURPOSE);
        notices.publishEvent(new DeadlineReached(contact.tenantId(), Role.MASH_MANAGER.claim(), contact.id(),
                DeadlineReached.CONTACT, status, contact.dueAt(), now));
    }
}
