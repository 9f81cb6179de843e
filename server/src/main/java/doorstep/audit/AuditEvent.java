package doorstep.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id, String tenantId, String actorUid, String action,
                         String recordType, String recordId, String purpose, Instant at) {
}
