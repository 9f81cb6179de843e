package doorstep.capture.earlyhelp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored visit: the ids and facts its MASH rule reads, never names or the worker's words, and the
 * server's own mention ids for its people in the visit's order (ids a device cannot choose).
 */
record VisitRecorded(UUID visitId, String tenantId, String referrerUid, String referrerAgency, Instant recordedAt,
                     int childCount, boolean escalated, boolean immediateRisk, List<UUID> adultMentionIds,
                     List<UUID> childMentionIds) {

    VisitRecorded {
        adultMentionIds = List.copyOf(adultMentionIds);
        childMentionIds = List.copyOf(childMentionIds);
    }
}
