package doorstep.identity;

import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Enrolled devices, as other capabilities may see them. */
@Singleton
public class DeviceRegistry {

    private final DeviceRepository devices;

    DeviceRegistry(DeviceRepository devices) {
        this.devices = devices;
    }

    /** The caller's own enrolled device, or 404: another user's device looks like no device. */
    public Device requireOwn(UUID deviceId, Caller caller) {
        return devices.findByIdAndTenantId(deviceId, caller.tenantId())
                .filter(d -> d.userUid().equals(caller.uid()))
                .orElseThrow(() -> ProblemException.notFound("enrolled device of yours"));
    }

    /** A device of the caller's tenant, or 404. */
    Device requireInTenant(UUID deviceId, Caller caller) {
        return devices.findByIdAndTenantId(deviceId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("device"));
    }
}
