package doorstep.capture.returnhome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A missing episode as a child-returned notice recorded it, under the notice's submission id. */
@MappedEntity("return_episode")
record EpisodeRow(@Id UUID id, String tenantId, String reporterUid, String reporterAgency, UUID deviceId,
                  UUID childMentionId, byte[] childCt, Instant missingFrom, Instant returnedAt, byte[] whereFoundCt,
                  byte[] reportedByCt, @Nullable byte[] policeReferenceCt, Instant recordedAt) {
}
