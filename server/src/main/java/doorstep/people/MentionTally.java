package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * How many mentions a tenant has, kept as a running count over a few slots (a mention counts in
 * the slot its id picks), so reading it costs a handful of rows however many mentions there are.
 */
@Singleton
class MentionTally {

    static final int SLOTS = 16;

    private final JdbcOperations jdbc;

    MentionTally(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    static int slotOf(UUID mentionId) {
        return Math.floorMod(mentionId.hashCode(), SLOTS);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void count(String tenantId, int slot, long mentions) {
        jdbc.prepareStatement("INSERT INTO mention_tally (tenant_id, slot, mentions) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE mentions = mentions + VALUES(mentions)", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setInt(2, slot);
            statement.setLong(3, mentions);
            return statement.executeUpdate();
        });
    }

    @Transactional
    long mentions(String tenantId) {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(mentions), 0) FROM mention_tally WHERE tenant_id = ?",
                (PreparedStatement statement) -> {
                    statement.setString(1, tenantId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }
}
