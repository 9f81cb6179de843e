package doorstep.people;

import doorstep.crypto.BlindIndex;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mentions filed under blocking keys, and the persons filed under each of a set of keys, each in
 * one statement. Only a keyed PRF of each key ({@link #indexesOf}) reaches the database. Plain JDBC
 * ({@link SqlInList}): nor can Micronaut Data batch a composite key without prefixing its columns.
 */
@Singleton
class BlockKeyIndex {

    static final String BLOCK_KEY_DOMAIN = "person-block-key-v1";

    private final JdbcOperations jdbc;
    private final BlindIndex blindIndex;

    BlockKeyIndex(JdbcOperations jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    /** The blind indexes the keys are stored and looked up by. */
    List<byte[]> indexesOf(Set<String> keys) {
        return keys.stream().map(key -> blindIndex.of(BLOCK_KEY_DOMAIN, key)).toList();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void file(String tenantId, UUID mentionId, UUID personId, Set<String> blockingKeys) {
        List<byte[]> keys = indexesOf(blockingKeys);
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

    /** Each key's persons (keyed by the key's index, in hex): every person filed under it, each once. */
    @Transactional
    Map<String, Set<UUID>> personsByKey(String tenantId, Set<String> blockingKeys) {
        List<byte[]> keys = indexesOf(blockingKeys);
        if (keys.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT DISTINCT key_index, person_id FROM person_block_key WHERE tenant_id = ? AND key_index IN "
                + SqlInList.placeholders(keys.size());
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            int position = 2;
            for (byte[] key : keys) {
                statement.setBytes(position++, key);
            }
            Map<String, Set<UUID>> persons = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    persons.computeIfAbsent(HexFormat.of().formatHex(rows.getBytes(1)), key -> new HashSet<>())
                            .add(UUID.fromString(rows.getString(2)));
                }
            }
            return persons;
        });
    }
}
