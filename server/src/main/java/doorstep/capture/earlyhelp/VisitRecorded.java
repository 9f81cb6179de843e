package doorstep.capture.earlyhelp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored visit: the ids and facts its MASH rule reads, never names or the worker's words, and the
 * server's own mention ids for its people in the visit's order (ids a device cannot choose).
 *
 * @param childrenBorn the children's dates of birth where known, for their ages on {@code visitedOn}
 */
record VisitRecorded(UUID visitId, String tenantId, String referrerUid, String referrerAgency, Instant recordedAt,
                     int childCount, boolean escalated, boolean immediateRisk, List<UUID> adultMentionIds,
                     List<UUID> childMentionIds, LocalDate visitedOn, List<LocalDate> childrenBorn) {

    VisitRecorded {
        adultMentionIds = List.copyOf(adultMentionIds);
        childMentionIds = List.copyOf(childMentionIds);
        childrenBorn = List.copyOf(childrenBorn);
    }
}
