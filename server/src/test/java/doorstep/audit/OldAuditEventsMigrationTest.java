package doorstep.audit;

import doorstep.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entries written before the chain existed join it on upgrade, oldest first, each tenant its own chain. */
class OldAuditEventsMigrationTest {

    @Test
    void oldEntriesJoinEachTenantsChainInTheOrderTheyWereWritten() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        migrate(url, "5.1");
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.username(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit_event (tenant_id, actor_uid, action, record_type, record_id, purpose, at) VALUES "
                    + "('la-a', 'uid-1', 'capture.recorded', 'da_incident', 'i-1', 'field capture', '2026-01-05 09:00:00.123456'),"
                    + "('la-b', 'uid-2', 'contact.read', 'contact', 'c-9', 'MASH triage', '2026-01-05 09:01:00'),"
                    + "('la-a', 'uid-3', 'person.merged', 'match_review', 'r-1', 'match review decision', '2026-01-05 09:02:00')");
        }

        migrate(url, "latest");

        try (Connection connection = DriverManager.getConnection(url, TestDatabase.username(), TestDatabase.password())) {
            List<AuditEntry> chainA = chainOf(connection, "la-a");
            assertEquals(List.of(1L, 2L), chainA.stream().map(AuditEntry::seq).toList());
            assertEquals(List.of(Operation.COLLECTION, Operation.COMBINATION), chainA.stream().map(AuditEntry::operation).toList());
            assertEquals(OldAuditEventsIntoTheChain.AGENCY_NOT_LOGGED, chainA.get(0).agency());
            assertEquals(List.of(1L), chainOf(connection, "la-b").stream().map(AuditEntry::seq).toList());
            for (String tenant : List.of("la-a", "la-b")) {
                ChainVerifier verifier = new ChainVerifier(tenant, List.of(), (message, signature) -> false);
                chainOf(connection, tenant).forEach(verifier::accept);
                assertTrue(verifier.finish().holds(), tenant + ": " + verifier.finish().problems());
            }
            try (PreparedStatement head = connection.prepareStatement("SELECT seq FROM audit_head WHERE tenant_id = 'la-a'");
                 ResultSet row = head.executeQuery()) {
                row.next();
                assertEquals(2, row.getLong(1), "new entries continue after the migrated ones");
            }
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password())
                .locations("classpath:db/migration").javaMigrations(new OldAuditEventsIntoTheChain())
                .target(target).load().migrate();
    }

    private static List<AuditEntry> chainOf(Connection connection, String tenant) throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ChainStore.ENTRY_COLUMNS
                + " FROM audit_entry WHERE tenant_id = ? ORDER BY seq")) {
            query.setString(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(ChainStore.read(rows));
                }
            }
        }
        return entries;
    }
}
