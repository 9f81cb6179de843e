package doorstep.capture.incident;

import java.util.List;
import java.util.UUID;

/**
 * A stored incident and the server's own ids for the people in it, in the capture's order
 * (adults, then children): ids a device cannot choose, so they can serve as exact identifiers.
 */
record RecordedIncident(IncidentRecorded facts, List<UUID> adultMentionIds, List<UUID> childMentionIds) {

    RecordedIncident {
        adultMentionIds = List.copyOf(adultMentionIds);
        childMentionIds = List.copyOf(childMentionIds);
    }
}
