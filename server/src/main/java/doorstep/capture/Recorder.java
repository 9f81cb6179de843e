package doorstep.capture;

import java.util.UUID;

/** Who sent a capture in: the user, their agency and tenant, and the device it came from. */
public record Recorder(String tenantId, String uid, String agency, UUID deviceId) {
}
