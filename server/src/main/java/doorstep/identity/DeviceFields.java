package doorstep.identity;

import doorstep.crypto.FieldCipher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * A device's free-text fields, sealed: the app version and push token are whatever the device
 * sent, so they are stored like any other typed text, bound to the tenant and device they belong to.
 */
@Singleton
class DeviceFields {

    private final FieldCipher cipher;

    DeviceFields(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Nullable byte[] sealAppVersion(String tenantId, Object deviceId, @Nullable String appVersion) {
        return cipher.seal(appVersion, rowOf(tenantId, deviceId), "app_version");
    }

    @Nullable byte[] sealPushToken(String tenantId, Object deviceId, @Nullable String pushToken) {
        return cipher.seal(pushToken, rowOf(tenantId, deviceId), "push_token");
    }

    @Nullable String openPushToken(Device device) {
        return cipher.open(device.pushTokenCt(), rowOf(device.tenantId(), device.id()), "push_token");
    }

    private static String rowOf(String tenantId, Object deviceId) {
        return tenantId + "/" + deviceId;
    }
}
