package doorstep.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One change waiting for a user: a referral outcome (any of their devices), a device command (that
 * device only), or a task notice (for one user, or for everyone holding {@code audienceRole}).
 * Ids, codes and times only, never a child's data.
 */
@MappedEntity("feed_entry")
record FeedEntryRow(@Id @GeneratedValue @Nullable Long seq, String tenantId, @Nullable String recipientUid,
                    @Nullable UUID deviceId, String kind, UUID refId, @Nullable UUID submissionId,
                    @Nullable String outcome, @Nullable String action, Instant at, @Nullable String audienceRole,
                    @Nullable String taskKind, @Nullable String taskState, @Nullable Instant dueAt,
                    @Nullable String assignedTo) {

    static final String REFERRAL_OUTCOME = "referral-outcome";
    static final String DEVICE_COMMAND = "device-command";
    static final String TASK = "task";
    /** A deadline notice for a role: the record's kind in taskKind, near or breached in taskState. */
    static final String DEADLINE = "deadline";

    /** An entry for one user that is not a task notice. */
    static FeedEntryRow forUser(String tenantId, String recipientUid, @Nullable UUID deviceId, String kind, UUID refId,
                                @Nullable UUID submissionId, @Nullable String outcome, @Nullable String action,
                                Instant at) {
        return new FeedEntryRow(null, tenantId, recipientUid, deviceId, kind, refId, submissionId, outcome, action, at,
                null, null, null, null, null);
    }
}
