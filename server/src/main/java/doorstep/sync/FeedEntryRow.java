package doorstep.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One change waiting for a user: a referral outcome (any of their devices) or a device command
 * (that device only). Ids and codes only, never a child's data.
 */
@MappedEntity("feed_entry")
record FeedEntryRow(@Id @GeneratedValue @Nullable Long seq, String tenantId, String recipientUid,
                    @Nullable UUID deviceId, String kind, UUID refId, @Nullable UUID submissionId,
                    @Nullable String outcome, @Nullable String action, Instant at) {

    static final String REFERRAL_OUTCOME = "referral-outcome";
    static final String DEVICE_COMMAND = "device-command";
}
