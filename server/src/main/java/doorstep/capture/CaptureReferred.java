package doorstep.capture;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A stored capture that its kind sends to the front door as a contact, with the facts the MASH
 * rates it by. Published inside the storing transaction after the capture's people are filed, so
 * the MASH can look at the children's histories, and the contact is stored with the capture or
 * not at all. Ids and facts, never names.
 *
 * @param kind            the kind of capture, by its {@link CaptureKind#name()}
 * @param signals         what the capture found, at least one
 * @param childMentionIds the server's ids of the children as mentions, already resolved to people
 */
public record CaptureReferred(String kind, UUID captureId, UUID submissionId, String tenantId, String referrerUid,
                              String referrerAgency, Instant recordedAt, int childCount, Set<RiskSignal> signals,
                              List<UUID> childMentionIds) {

    public CaptureReferred {
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("A referral needs at least one risk signal the MASH can rate");
        }
        signals = Collections.unmodifiableSet(EnumSet.copyOf(signals));
        childMentionIds = List.copyOf(childMentionIds);
    }
}
