package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A known risk a person poses or faces, with where it came from and until when it holds.
 *
 * @param kind the wire name, e.g. non-molestation-order
 * @param sourceCt where the marker came from, sealed: it is free text and may name someone
 */
@MappedEntity("risk_marker")
record RiskMarkerRow(@Id UUID id, String tenantId, UUID personId, String kind, byte[] sourceCt, LocalDate recordedOn,
                     @Nullable LocalDate expiresOn, @Nullable byte[] detailsCt, String createdBy, Instant createdAt) {
}
