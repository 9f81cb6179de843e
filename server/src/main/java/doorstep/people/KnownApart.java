package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * People recorded side by side in one capture are different people: the officer recorded two.
 * Read from the mentions themselves, which never move and name their capture, so a merge and its
 * undoing need no bookkeeping here: whoever a person stands for brings their captures along, and
 * takes them away again when the merge is undone.
 */
@Singleton
class KnownApart {

    private final JdbcOperations jdbc;
    private final Survivors survivors;

    KnownApart(JdbcOperations jdbc, Survivors survivors) {
        this.jdbc = jdbc;
        this.survivors = survivors;
    }

    /** The people, as they stand after merges, whom the capture's mentions have resolved to so far. */
    @Transactional
    Set<UUID> peopleOfCapture(String tenantId, String sourceType, String sourceId) {
        Set<UUID> filed = jdbc.prepareStatement("SELECT person_id FROM person_mention"
                + " WHERE tenant_id = ? AND source_id = ? AND source_type = ?", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setString(2, sourceId);
            statement.setString(3, sourceType);
            Set<UUID> persons = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    persons.add(UUID.fromString(rows.getString(1)));
                }
            }
            return persons;
        });
        return filed.isEmpty() ? filed : Set.copyOf(survivors.survivorsOf(tenantId, filed).values());
    }

    /** Whether anyone either person stands for was recorded in one capture with anyone the other stands for. */
    @Transactional
    boolean apart(String tenantId, UUID person, UUID other) {
        var now = survivors.survivorsOf(tenantId, List.of(person, other));
        if (!now.containsKey(person) || !now.containsKey(other) || now.get(person).equals(now.get(other))) {
            return false;
        }
        return recordedTogether(tenantId, survivors.standingFor(tenantId, List.of(now.get(person))),
                survivors.standingFor(tenantId, List.of(now.get(other))));
    }

    private boolean recordedTogether(String tenantId, Collection<UUID> people, Collection<UUID> others) {
        List<UUID> one = List.copyOf(people);
        List<UUID> two = List.copyOf(others);
        String sql = "SELECT 1 FROM person_mention a JOIN person_mention b ON b.tenant_id = a.tenant_id"
                + " AND b.source_id = a.source_id AND b.source_type = a.source_type"
                + " WHERE a.tenant_id = ? AND a.person_id IN " + SqlInList.placeholders(one.size())
                + " AND b.person_id IN " + SqlInList.placeholders(two.size()) + " LIMIT 1";
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            int position = 1;
            statement.setString(position++, tenantId);
            for (UUID id : one) {
                statement.setString(position++, id.toString());
            }
            for (UUID id : two) {
                statement.setString(position++, id.toString());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }
}
