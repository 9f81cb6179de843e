package doorstep.identity;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the app versions and push tokens of devices enrolled before V3_1_1, once, at startup (the
 * field key is unwrapped by the server's beans, which do not exist while Flyway runs).
 */
@Singleton
class DeviceFieldSealing {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceFieldSealing.class);

    private final JdbcOperations jdbc;
    private final DeviceFields fields;

    DeviceFieldSealing(JdbcOperations jdbc, DeviceFields fields) {
        this.jdbc = jdbc;
        this.fields = fields;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int sealed = sealClearFields();
        if (sealed > 0) {
            LOG.info("Sealed the app version and push token of {} devices stored in clear", sealed);
        }
    }

    private record ClearDevice(String tenantId, String id, String appVersion, String pushToken) {
    }

    /** Seals every clear app version and push token and empties the clear columns; returns how many devices. */
    @Transactional
    int sealClearFields() {
        // A plain read first: once everything is sealed, a start must not lock the whole table.
        if (!jdbc.prepareStatement("SELECT 1 FROM device WHERE app_version IS NOT NULL OR push_token IS NOT NULL LIMIT 1",
                statement -> statement.executeQuery().next())) {
            return 0;
        }
        List<ClearDevice> clear = jdbc.prepareStatement("SELECT tenant_id, id, app_version, push_token FROM device "
                + "WHERE app_version IS NOT NULL OR push_token IS NOT NULL FOR UPDATE", statement -> {
                    List<ClearDevice> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new ClearDevice(rows.getString(1), rows.getString(2), rows.getString(3),
                                    rows.getString(4)));
                        }
                    }
                    return found;
                });
        for (ClearDevice device : clear) {
            jdbc.prepareStatement("UPDATE device SET app_version_ct = ?, push_token_ct = ?, app_version = NULL, "
                    + "push_token = NULL WHERE tenant_id = ? AND id = ?", statement -> {
                        statement.setBytes(1, fields.sealAppVersion(device.tenantId(), device.id(), device.appVersion()));
                        statement.setBytes(2, fields.sealPushToken(device.tenantId(), device.id(), device.pushToken()));
                        statement.setString(3, device.tenantId());
                        statement.setString(4, device.id());
                        return statement.executeUpdate();
                    });
        }
        return clear.size();
    }
}
