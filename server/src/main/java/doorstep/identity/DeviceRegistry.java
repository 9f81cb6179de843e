package doorstep.identity;

import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Enrolled devices, as other capabilities may see them. */
@Singleton
public class DeviceRegistry {

    private final DeviceRepository devices;
    private final DeviceFields fields;

    DeviceRegistry(DeviceRepository devices, DeviceFields fields) {
        this.devices = devices;
        this.fields = fields;
    }

    /** The push tokens of the user's devices that are not revoked and gave one; secrets, so never logged. */
    public List<String> pushTokensOf(String tenantId, String userUid) {
        return devices.findByTenantIdAndUserUidAndRevokedAtIsNull(tenantId, userUid).stream()
                .map(fields::openPushToken)
                .filter(token -> token != null && !token.isBlank())
                .toList();
    }

    /**
     * The caller's own enrolled device, or 404: another user's device looks like no device. A revoked
     * device is refused (403 {@code /problems/device-revoked}).
     */
    public Device requireOwn(UUID deviceId, Caller caller) {
        Device device = devices.findByIdAndTenantId(deviceId, caller.tenantId())
                .filter(d -> d.userUid().equals(caller.uid()))
                .orElseThrow(() -> ProblemException.notFound("enrolled device of yours"));
        if (device.revoked()) {
            throw revokedProblem();
        }
        return device;
    }

    /** The answer to a revoked device, whatever it asks: the phone stops and tells its user. */
    static ProblemException revokedProblem() {
        return new ProblemException(Problem.of("device-revoked", "This phone has been removed from Doorstep", 403,
                "Your organisation removed this phone from Doorstep, so it can no longer send or receive. "
                        + "Captures still on it cannot be sent from it: tell your team."));
    }

    /** A device of the caller's tenant, or 404. */
    Device requireInTenant(UUID deviceId, Caller caller) {
        return devices.findByIdAndTenantId(deviceId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("device"));
    }
}
