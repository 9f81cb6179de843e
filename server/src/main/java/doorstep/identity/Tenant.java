package doorstep.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A local authority's MASH: every user, device and contact belongs to one. */
@MappedEntity("tenant")
record Tenant(@Id String id, String name, Instant createdAt) {
}
