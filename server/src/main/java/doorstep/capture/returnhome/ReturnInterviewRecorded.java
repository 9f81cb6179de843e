package doorstep.capture.returnhome;

import java.time.Instant;
import java.util.UUID;

/**
 * A return home interview about an episode was recorded; it closes the episode's task. Published
 * in the storing transaction. Ids and times, never names.
 */
public record ReturnInterviewRecorded(String tenantId, UUID episodeId, UUID interviewId, Instant recordedAt) {
}
