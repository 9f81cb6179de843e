package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The sealed records of the mentions filed under some persons, read with plain JDBC: resolution
 * reads them for up to a hundred candidate persons at a time, and each statement and each mapped
 * entity grows with that number (BENCHMARKS.md).
 */
@Singleton
class SealedMentions {

    /** One mention's sealed person record and the person it is filed under. */
    record Sealed(UUID mentionId, UUID personId, byte[] recordCt) {
    }

    /**
     * The mentions of persons who were never merged, read in one statement with the check that they
     * were not; when a merge is involved either way the caller must follow it, and these mentions
     * are not the whole story.
     */
    record OfPersons(List<Sealed> mentions, boolean mergesInvolved) {
    }

    private final JdbcOperations jdbc;

    SealedMentions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    OfPersons ofUnmergedPersons(String tenantId, Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return new OfPersons(List.of(), false);
        }
        List<UUID> values = List.copyOf(persons);
        String in = SqlInList.placeholders(values.size());
        String sql = "SELECT m.id, m.person_id, m.record_ct, p.merged_into FROM person p"
                + " JOIN person_mention m ON m.person_id = p.id WHERE p.tenant_id = ? AND p.id IN " + in
                + " UNION ALL SELECT NULL, p.id, NULL, p.merged_into FROM person p WHERE p.tenant_id = ? AND p.merged_into IN " + in;
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            int position = 1;
            for (int part = 0; part < 2; part++) {
                statement.setString(position++, tenantId);
                for (UUID person : values) {
                    statement.setString(position++, person.toString());
                }
            }
            List<Sealed> sealed = new ArrayList<>();
            boolean merges = false;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String mentionId = rows.getString(1);
                    merges |= mentionId == null || rows.getString(4) != null;
                    if (mentionId != null) {
                        sealed.add(new Sealed(UUID.fromString(mentionId), UUID.fromString(rows.getString(2)),
                                rows.getBytes(3)));
                    }
                }
            }
            return new OfPersons(sealed, merges);
        });
    }

    @Transactional
    List<Sealed> filedUnder(String tenantId, Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        List<UUID> values = List.copyOf(persons);
        String sql = "SELECT id, person_id, record_ct FROM person_mention WHERE person_id IN "
                + SqlInList.placeholders(values.size()) + " AND tenant_id = ?";
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i).toString());
            }
            statement.setString(values.size() + 1, tenantId);
            List<Sealed> sealed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sealed.add(new Sealed(UUID.fromString(rows.getString(1)), UUID.fromString(rows.getString(2)),
                            rows.getBytes(3)));
                }
            }
            return sealed;
        });
    }
}
