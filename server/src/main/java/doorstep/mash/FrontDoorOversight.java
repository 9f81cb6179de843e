package doorstep.mash;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.LateReturnHomeInterview;
import doorstep.api.model.OverdueAction;
import doorstep.api.model.Oversight;
import doorstep.api.model.OverseenContact;
import doorstep.api.model.Rag;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.identity.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A MASH manager's view of the tenant's front door: breaches (oldest due first), near-breaches,
 * late return home interviews, overdue actions, and the backlog. Ids, codes and times only, so it names no child;
 * computed from the times, so it is right even between runs of the deadline job.
 */
@Singleton
class FrontDoorOversight {

    private static final int LATE_INTERVIEWS_SHOWN = 200;
    private static final int OVERDUE_ACTIONS_SHOWN = 200;

    private final ContactClockRepository clocks;
    private final LateInterviewTasks lateInterviews;
    private final DecisionActionRepository actions;
    private final ActionViews actionViews;
    private final AuditTrail audit;
    private final Clock clock;
    private final double nearFraction;

    FrontDoorOversight(ContactClockRepository clocks, LateInterviewTasks lateInterviews, DecisionActionRepository actions,
                       ActionViews actionViews, AuditTrail audit, Clock clock, BreachConfiguration configuration) {
        this.clocks = clocks;
        this.lateInterviews = lateInterviews;
        this.actions = actions;
        this.actionViews = actionViews;
        this.audit = audit;
        this.clock = clock;
        this.nearFraction = configuration.nearFraction();
    }

    @Transactional
    Oversight of(Caller caller) {
        Instant now = clock.instant();
        List<ContactClock> undecided = clocks.undecided(caller.tenantId());
        audit.record(Actor.of(caller), AuditAction.OVERSIGHT_READ, new AuditedRecord("mash_oversight", caller.tenantId()),
                "MASH management oversight");
        return new Oversight(now.atOffset(ZoneOffset.UTC),
                withStatus(undecided, DeadlineStatus.BREACHED, now),
                withStatus(undecided, DeadlineStatus.NEAR, now),
                lateInterviews.late(caller.tenantId(), now, LATE_INTERVIEWS_SHOWN).stream()
                        .map(FrontDoorOversight::late).toList(),
                actions.overdue(caller.tenantId(), actionViews.today(), OVERDUE_ACTIONS_SHOWN).stream()
                        .map(FrontDoorOversight::overdue).toList(),
                BacklogFigures.of(undecided, now));
    }

    /** {@code undecided} comes soonest due first, so breaches come oldest due first. */
    private List<OverseenContact> withStatus(List<ContactClock> undecided, DeadlineStatus status, Instant now) {
        return undecided.stream()
                .filter(contact -> contact.deadlineStatusAt(now, nearFraction) == status)
                .map(contact -> overseen(contact, status, now))
                .toList();
    }

    private static OverseenContact overseen(ContactClock contact, DeadlineStatus status, Instant now) {
        Instant marked = status == DeadlineStatus.BREACHED ? contact.breachedAt() : contact.nearBreachAt();
        return new OverseenContact(contact.id(), CaptureKindName.fromValue(contact.captureKind()),
                Rag.fromValue(contact.rag().name().toLowerCase(Locale.ROOT)),
                doorstep.api.model.ContactState.fromValue(contact.stateAt(now).name().toLowerCase(Locale.ROOT)),
                contact.receivedAt().atOffset(ZoneOffset.UTC), contact.dueAt().atOffset(ZoneOffset.UTC),
                status.wire(), contact.referrerAgency())
                .markedAt(marked == null ? null : marked.atOffset(ZoneOffset.UTC))
                .claimedBy(contact.claimHeldAt(now) ? contact.claimedBy() : null);
    }

    /** Who owns it and when it was due, not what it asks: that may name a child, and is read on the contact. */
    private static OverdueAction overdue(DecisionAction action) {
        return new OverdueAction(action.id(), action.contactId(), action.dueOn())
                .ownerUid(action.ownerUid())
                .ownerAgency(action.ownerAgency())
                .flaggedAt(action.flaggedAt() == null ? null : action.flaggedAt().atOffset(ZoneOffset.UTC));
    }

    private static LateReturnHomeInterview late(LateInterviewTasks.LateTask task) {
        return new LateReturnHomeInterview(task.taskId(),
                task.claimed() ? ReturnHomeTaskState.CLAIMED : ReturnHomeTaskState.OPEN,
                task.dueAt().atOffset(ZoneOffset.UTC))
                .markedLateAt(task.markedLateAt() == null ? null : task.markedLateAt().atOffset(ZoneOffset.UTC));
    }
}
