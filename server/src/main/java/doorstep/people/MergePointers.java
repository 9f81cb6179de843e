package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one column merges are followed by, read with plain JDBC: resolution asks for it for every
 * candidate person, and mapping whole person entities for that cost more than the query (BENCHMARKS.md).
 */
@Singleton
class MergePointers {

    private final JdbcOperations jdbc;

    MergePointers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** For each person of the tenant found among {@code ids}: whom it was merged into, if anyone. */
    @Transactional
    Map<UUID, Optional<UUID>> mergedInto(String tenantId, Collection<UUID> ids) {
        return query("SELECT id, merged_into FROM person WHERE tenant_id = ? AND id IN ", tenantId, ids);
    }

    /** Persons of the tenant merged directly into any of {@code survivors}, with whom they were merged into. */
    @Transactional
    Map<UUID, Optional<UUID>> mergedIntoAnyOf(String tenantId, Collection<UUID> survivors) {
        return query("SELECT id, merged_into FROM person WHERE tenant_id = ? AND merged_into IN ", tenantId, survivors);
    }

    private Map<UUID, Optional<UUID>> query(String select, String tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> values = List.copyOf(ids);
        String sql = select + SqlInList.placeholders(values.size());
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 2, values.get(i).toString());
            }
            Map<UUID, Optional<UUID>> pointers = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String into = rows.getString(2);
                    pointers.put(UUID.fromString(rows.getString(1)),
                            into == null ? Optional.empty() : Optional.of(UUID.fromString(into)));
                }
            }
            return pointers;
        });
    }
}
