package doorstep.capture;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored capture that its kind's MASH rule sends to the front door as a contact, with the
 * rule's priority and plain-English reasons for the triager. Published inside the storing
 * transaction, so the contact is stored with the capture or not at all. Ids and facts, never names.
 *
 * @param kind the kind of capture, by its {@link CaptureKind#name()}
 */
public record CaptureReferred(String kind, UUID captureId, UUID submissionId, String tenantId, String referrerUid,
                              String referrerAgency, Instant recordedAt, int childCount, Priority priority,
                              List<String> reasons) {

    /** How soon the MASH must decide, as the kind's rule rates it; each has its own deadline there. */
    public enum Priority {
        RED, AMBER, GREEN
    }

    public CaptureReferred {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A referral needs at least one reason the triager can read");
        }
        reasons = List.copyOf(reasons);
    }
}
