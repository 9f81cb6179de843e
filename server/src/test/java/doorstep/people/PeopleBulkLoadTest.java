package doorstep.people;

import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.Sex;
import doorstep.testing.StoredRows;
import doorstep.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bulk-loaded people are stored exactly as resolution stores new people, and resolution finds them. */
@MicronautTest(environments = "cli", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleBulkLoadTest implements TestPropertyProvider {

    private static final List<PersonRecord> DISTINCT_PEOPLE = List.of(
            new PersonRecord("Amelia", "Quillfeather", LocalDate.of(2014, 3, 7), Sex.FEMALE, "B12 9QT"),
            new PersonRecord("Tariq", "Mahmood-Ellis", LocalDate.of(1981, 11, 23), Sex.MALE, "CV3 4DF"),
            new PersonRecord("Oluwaseun", "Adeyemi", null, null, null),
            new PersonRecord("Zofia", "Kowalczyk", LocalDate.of(1999, 7, 30), null, "WS10 8PL"));

    @Inject
    PersonResolution resolution;

    @Inject
    PeopleBulkLoad bulkLoad;

    @Inject
    MentionRecords records;

    @Inject
    MentionTally tally;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "doorstep.crypto.master-key-file", "target/test-master-keyset.json",
                "doorstep.crypto.create-master-key-if-missing", "true");
    }

    @Test
    void bulkLoadStoresTheRowsResolutionStoresForNewPeople() {
        for (MentionInput mention : mentionsOf("resolved")) {
            ResolvedMention resolved = transactions.executeWrite(status -> resolution.resolve("resolved", mention));
            assertEquals(ResolutionDecision.NEW, resolved.decision(), "the test's people must be strangers to each other");
        }

        transactions.executeWrite(status -> bulkLoad.fileAsNewPeople("bulk", mentionsOf("bulk")));

        Map<String, String> bulkRows = storedRows("bulk");
        assertEquals(DISTINCT_PEOPLE.size(), bulkRows.size());
        assertEquals(storedRows("resolved"), bulkRows);
        assertEquals(nameCounts("resolved"), nameCounts("bulk"));
        assertEquals(DISTINCT_PEOPLE.size(), tally.mentions("bulk"));
        assertEquals(tally.mentions("resolved"), tally.mentions("bulk"));
    }

    @Test
    void resolutionLinksAnotherMentionToABulkLoadedPerson() {
        List<MentionInput> loaded = mentionsOf("linked");
        List<UUID> persons = transactions.executeWrite(status -> bulkLoad.fileAsNewPeople("linked", loaded));

        MentionInput again = new MentionInput(UUID.randomUUID(), "incident", "again", "victim", null,
                DISTINCT_PEOPLE.get(0));
        ResolvedMention resolved = transactions.executeWrite(status -> resolution.resolve("linked", again));

        assertEquals(ResolutionDecision.LINKED, resolved.decision());
        assertEquals(persons.get(0), resolved.personId());
    }

    private static List<MentionInput> mentionsOf(String tenant) {
        return DISTINCT_PEOPLE.stream()
                .map(record -> new MentionInput(UUID.randomUUID(), "import", tenant + "-" + record.familyName(),
                        "other", Instant.parse("2025-05-01T10:15:30Z"), record))
                .toList();
    }

    /**
     * Each mention's row as resolution would compare it, keyed by the source's name for it: what it
     * says once opened, how it was filed, its person's row, and the blind index keys filed for it.
     */
    private Map<String, String> storedRows(String tenant) {
        Map<String, String> rows = new TreeMap<>();
        query("SELECT m.*, p.merged_into, p.version FROM person_mention m JOIN person p ON p.id = m.person_id "
                + "WHERE m.tenant_id = ? AND p.tenant_id = m.tenant_id", tenant, result -> {
            MentionRow mention = new MentionRow(UUID.fromString(result.getString("id")), tenant,
                    UUID.fromString(result.getString("person_id")), result.getString("source_type"),
                    result.getString("source_id"), result.getString("role"),
                    result.getTimestamp("occurred_at").toInstant(), result.getBytes("record_ct"),
                    result.getString("decision"), null, Instant.EPOCH);
            rows.put(mention.sourceId().substring(tenant.length()), String.join(" | ", mention.sourceType(),
                    mention.role(), String.valueOf(mention.occurredAt()), mention.decision(),
                    String.valueOf(result.getObject("weight")), String.valueOf(records.open(mention)),
                    String.valueOf(result.getObject("merged_into")), String.valueOf(result.getLong("version")),
                    blockKeys(mention)));
        });
        return rows;
    }

    private String blockKeys(MentionRow mention) {
        TreeSet<String> keys = new TreeSet<>();
        query("SELECT key_index, person_id FROM person_block_key WHERE mention_id = ?", mention.id().toString(),
                result -> keys.add(HexFormat.of().formatHex(result.getBytes(1))
                        + (result.getString(2).equals(mention.personId().toString()) ? "" : " filed under another person")));
        return keys.toString();
    }

    private Map<String, Long> nameCounts(String tenant) {
        Map<String, Long> counts = new TreeMap<>();
        query("SELECT name_part, value_index, mentions FROM name_frequency WHERE tenant_id = ?", tenant,
                result -> counts.put(result.getString(1) + " " + HexFormat.of().formatHex(result.getBytes(2)),
                        result.getLong(3)));
        return counts;
    }

    private void query(String sql, String parameter, RowReader reader) {
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
