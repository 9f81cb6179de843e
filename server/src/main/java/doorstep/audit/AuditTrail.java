package doorstep.audit;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Records who touched which record of a child's data, in the caller's transaction. */
@Singleton
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(String tenantId, String actorUid, String action, String recordType, String recordId,
                       String purpose) {
        events.save(new AuditEvent(null, tenantId, actorUid, action, recordType, recordId, purpose, clock.instant()));
    }

    public List<AuditEvent> historyOf(String tenantId, String recordId) {
        return events.findByTenantIdAndRecordIdOrderById(tenantId, recordId);
    }
}
