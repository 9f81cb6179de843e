package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Mentions filed under blind-indexed blocking keys, and the persons filed under any of a set of
 * keys, each in one statement. Plain JDBC: Micronaut Data cannot expand a list of binary values
 * into an IN clause, nor batch a composite key without prefixing its columns.
 */
@Singleton
class BlockKeyIndex {

    private final JdbcOperations jdbc;

    BlockKeyIndex(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void file(String tenantId, UUID mentionId, UUID personId, Collection<byte[]> keys) {
        jdbc.prepareStatement("INSERT INTO person_block_key (tenant_id, key_index, mention_id, person_id) VALUES (?, ?, ?, ?)",
                (PreparedStatement statement) -> {
                    for (byte[] key : keys) {
                        statement.setString(1, tenantId);
                        statement.setBytes(2, key);
                        statement.setString(3, mentionId.toString());
                        statement.setString(4, personId.toString());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    @Transactional
    List<UUID> personsFiledUnder(String tenantId, Collection<byte[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT DISTINCT person_id FROM person_block_key WHERE tenant_id = ? AND key_index IN ("
                + String.join(",", Collections.nCopies(keys.size(), "?")) + ")";
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            int position = 2;
            for (byte[] key : keys) {
                statement.setBytes(position++, key);
            }
            List<UUID> persons = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    persons.add(UUID.fromString(rows.getString(1)));
                }
            }
            return persons;
        });
    }
}
