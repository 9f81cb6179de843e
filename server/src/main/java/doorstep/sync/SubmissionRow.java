package doorstep.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The receipt ledger: one row per submission id ever accepted, with a hash of the sealed bytes. */
@MappedEntity("submission")
record SubmissionRow(@Id UUID id, String tenantId, UUID deviceId, String userUid, String kind, Instant deviceTime,
                     byte[] sealedSha256, UUID receiptId, Instant receivedAt) {
}
