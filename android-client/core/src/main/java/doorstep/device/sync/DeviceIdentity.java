package doorstep.device.sync;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The device's own id: made once on first run, kept in the store, sent at enrolment and with every batch. */
public final class DeviceIdentity {

    private DeviceIdentity() {
    }

    public static UUID loadOrCreate(OutboxStore store) {
        return store.setting(DeviceSetting.DEVICE_ID)
                .map(bytes -> UUID.fromString(new String(bytes, StandardCharsets.UTF_8)))
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    store.putSetting(DeviceSetting.DEVICE_ID, id.toString().getBytes(StandardCharsets.UTF_8));
                    return id;
                });
    }
}
