package doorstep.sync;

import doorstep.identity.DeviceCommandIssued;
import doorstep.identity.Role;
import doorstep.mash.ActionOverdue;
import doorstep.mash.ContactDecided;
import doorstep.mash.DeadlineReached;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Puts what other capabilities decide into the feed of the user it is for, in their transaction. */
@Singleton
class FeedWriter {

    private static final String MASH_ACTION = "mash-action";
    private static final String OPEN = "open";

    private final FeedEntryRepository feed;

    FeedWriter(FeedEntryRepository feed) {
        this.feed = feed;
    }

    @EventListener
    void on(ContactDecided decided) {
        feed.save(FeedEntryRow.forUser(decided.tenantId(), decided.referrerUid(), null,
                FeedEntryRow.REFERRAL_OUTCOME, decided.contactId(), decided.submissionId(), decided.outcome(), null,
                decided.decidedAt()));
    }

    @EventListener
    void on(DeviceCommandIssued issued) {
        feed.save(FeedEntryRow.forUser(issued.tenantId(), issued.ownerUid(), issued.deviceId(),
                FeedEntryRow.DEVICE_COMMAND, issued.commandId(), null, null, issued.action(), issued.issuedAt()));
    }

    /** A task notice of kind mash-action: to the owner by name, or to the MASH managers for an agency's action. */
    @EventListener
    void on(ActionOverdue overdue) {
        feed.save(new FeedEntryRow(null, overdue.tenantId(), overdue.ownerUid(), null, FeedEntryRow.TASK,
                overdue.actionId(), null, null, null, overdue.at(),
                overdue.ownerUid() == null ? Role.MASH_MANAGER.claim() : null, MASH_ACTION, OPEN, overdue.dueAt(),
                overdue.ownerUid()));
    }

    @EventListener
    void on(DeadlineReached reached) {
        feed.save(new FeedEntryRow(null, reached.tenantId(), null, null, FeedEntryRow.DEADLINE, reached.recordId(),
                null, null, null, reached.at(), reached.audienceRole(), reached.recordKind(), reached.status(),
                reached.dueAt(), null));
    }

    @EventListener
    void on(TaskNoticeIssued notice) {
        feed.save(new FeedEntryRow(null, notice.tenantId(), notice.audienceUid(), null, FeedEntryRow.TASK,
                notice.taskId(), null, null, null, notice.at(), notice.audienceRole(), notice.taskKind(),
                notice.state(), notice.dueAt(), notice.assignedTo()));
    }
}
