package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Mentions counted per blind-indexed name value: the population frequencies for term-frequency weights. */
@Singleton
class NameCounts {

    private final JdbcOperations jdbc;

    NameCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void count(String tenantId, String part, byte[] valueIndex) {
        jdbc.prepareStatement("INSERT INTO name_frequency (tenant_id, name_part, value_index, mentions) "
                + "VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE mentions = mentions + 1", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setString(2, part);
            statement.setBytes(3, valueIndex);
            return statement.executeUpdate();
        });
    }

    @Transactional
    Optional<Long> mentions(String tenantId, String part, byte[] valueIndex) {
        return jdbc.prepareStatement("SELECT mentions FROM name_frequency WHERE tenant_id = ? AND name_part = ? "
                + "AND value_index = ?", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setString(2, part);
            statement.setBytes(3, valueIndex);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }
}
