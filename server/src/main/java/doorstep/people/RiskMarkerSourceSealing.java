package doorstep.people;

import doorstep.crypto.FieldCipher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seals the sources of risk markers stored in clear before V3_1_1, once, at startup. Done here
 * rather than in a Flyway Java migration because the field key is a keyset the server itself
 * unwraps and creates through its beans, which do not exist while Flyway runs.
 */
@Singleton
class RiskMarkerSourceSealing {

    private static final Logger LOG = LoggerFactory.getLogger(RiskMarkerSourceSealing.class);

    private final JdbcOperations jdbc;
    private final FieldCipher cipher;

    RiskMarkerSourceSealing(JdbcOperations jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int sealed = sealClearSources();
        if (sealed > 0) {
            LOG.info("Sealed the source of {} risk markers stored in clear", sealed);
        }
    }

    /** Seals every clear source and empties its clear column; returns how many there were. */
    @Transactional
    int sealClearSources() {
        // A plain read first: once everything is sealed, a start must not lock the whole table.
        if (!jdbc.prepareStatement("SELECT 1 FROM risk_marker WHERE source IS NOT NULL LIMIT 1",
                statement -> statement.executeQuery().next())) {
            return 0;
        }
        Map<String, String> clear = jdbc.prepareStatement(
                "SELECT id, source FROM risk_marker WHERE source IS NOT NULL FOR UPDATE", statement -> {
                    Map<String, String> found = new LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    return found;
                });
        clear.forEach((id, source) -> jdbc.prepareStatement(
                "UPDATE risk_marker SET source_ct = ?, source = NULL WHERE id = ?", statement -> {
                    statement.setBytes(1, cipher.seal(source, id, RiskMarkers.SOURCE));
                    statement.setString(2, id);
                    return statement.executeUpdate();
                }));
        return clear.size();
    }
}
