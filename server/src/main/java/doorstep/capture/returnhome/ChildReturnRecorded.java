package doorstep.capture.returnhome;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's return from a missing episode was recorded: the return home interview clock starts.
 * Published in the storing transaction. Ids and times, never names.
 *
 * @param episodeId the child-returned notice's submission id, which is also its task's id
 */
public record ChildReturnRecorded(String tenantId, UUID episodeId, Instant returnedAt, Instant recordedAt) {
}
