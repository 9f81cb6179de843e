package doorstep.identity;

import java.time.Instant;
import java.util.UUID;

/** An administrator told a device to lock or wipe itself; it waits in the device owner's feed. */
public record DeviceCommandIssued(UUID commandId, String tenantId, UUID deviceId, String ownerUid, String action,
                                  Instant issuedAt) {
}
