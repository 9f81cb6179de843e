package doorstep.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * The receipt ledger: one row per submission id ever accepted in a tenant, with a hash of the
 * sealed bytes. Ids are unique within a tenant: another tenant's capture with the same id is another capture.
 */
@MappedEntity("submission")
record SubmissionRow(@Id UUID id, String tenantId, UUID deviceId, String userUid, String kind, Instant deviceTime,
                     byte[] sealedSha256, UUID receiptId, Instant receivedAt) {
}
