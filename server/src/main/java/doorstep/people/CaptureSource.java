package doorstep.people;

import java.time.Instant;
import java.util.UUID;

/**
 * The capture that mentioned a person: its kind's source type, its id and when it happened. Every
 * capture shows on the timeline of each person it mentions.
 *
 * @param type a stable name for the kind's mentions, stored with each one (e.g. {@code incident})
 */
public record CaptureSource(String type, UUID captureId, Instant occurredAt) {

    String id() {
        return captureId.toString();
    }
}
