package doorstep.audit;

import doorstep.crypto.CheckpointSigningKey;
import doorstep.testing.ServerTest;
import doorstep.testing.StoredRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone with the database's keys (they can drop the triggers) edits, deletes or cuts off audit
 * entries, or forges a checkpoint; the verifier catches each and says what it found.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditVerificationTest implements ServerTest {

    @Inject
    AuditTrail audit;

    @Inject
    CheckpointJob checkpoints;

    @Inject
    CheckpointConfiguration configuration;

    @Inject
    DataSource dataSource;

    @Test
    void anUntouchedChainIsIntactAndMatchesItsLastCheckpoint() throws Exception {
        String tenant = tenantWithEntries(5);
        checkpoints.checkpoint(tenant);
        append(tenant, 2);

        ChainVerifier.Verdict verdict = verify(tenant);

        assertTrue(verdict.holds(), verdict.problems().toString());
        assertTrue(verdict.summary().startsWith(tenant + ": 7 entries, chain intact, last checkpoint at 5 (signed "),
                verdict.summary());
    }

    @Test
    void anEditedEntryIsCaught() throws Exception {
        String tenant = tenantWithEntries(5);
        checkpoints.checkpoint(tenant);

        asDatabaseAdministrator("UPDATE audit_entry SET actor_uid = 'someone-else' WHERE tenant_id = '" + tenant + "' AND seq = 3");

        assertProblems(tenant, "entry 3 (contact ", "was edited after it was written");
    }

    @Test
    void aDeletedEntryIsCaught() throws Exception {
        String tenant = tenantWithEntries(5);

        asDatabaseAdministrator("DELETE FROM audit_entry WHERE tenant_id = '" + tenant + "' AND seq = 3");

        assertProblems(tenant, "entry 3 is missing: it was deleted.");
    }

    @Test
    void cuttingOffTheTailAfterACheckpointIsCaughtEvenWithTheHeadPutBack() throws Exception {
        String tenant = tenantWithEntries(6);
        checkpoints.checkpoint(tenant);
        byte[] fourth = new StoredRows(dataSource).bytes("SELECT hash FROM audit_entry WHERE tenant_id = ? AND seq = 4", tenant);

        asDatabaseAdministrator("DELETE FROM audit_entry WHERE tenant_id = '" + tenant + "' AND seq > 4",
                "UPDATE audit_head SET seq = 4, checkpointed_seq = 4, hash = x'" + HexFormat.of().formatHex(fourth)
                        + "' WHERE tenant_id = '" + tenant + "'");

        assertProblems(tenant, "the chain ends at entry 4 but the checkpoint signed ",
                "shows it had reached entry 6: entries after 4 were removed (the log was truncated).");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsCaughtAndNotTrusted(@TempDir Path elsewhere) throws Exception {
        String tenant = tenantWithEntries(3);
        CheckpointSigningKey forger = CheckpointSigningKey.load(elsewhere.resolve("forger.json"), true);
        Checkpoint forged = Checkpoint.unsigned(tenant, 9, new byte[32], Instant.now());

        new CheckpointFiles(Path.of(configuration.dir())).append(forged.signedWith(forger.sign(forged.message())));

        assertProblems(tenant, "checkpoint file line 1 (entry 9, dated ",
                "has a signature that does not verify with the checkpoint key: the checkpoint file was altered, "
                        + "or the line was forged. It was not used.");
    }

    @Test
    void aReplicaSignsAHeadOnceAndOnlyWhenItHasMoved() throws Exception {
        String tenant = tenantWithEntries(2);

        assertTrue(checkpoints.checkpoint(tenant), "the first replica signs entry 2");
        assertFalse(checkpoints.checkpoint(tenant), "another replica finds entry 2 already signed");
        append(tenant, 1);
        assertTrue(checkpoints.checkpoint(tenant), "entry 3 is new, so it is signed");

        assertEquals(2, new CheckpointFiles(Path.of(configuration.dir())).linesOf(tenant).size());
        assertTrue(verify(tenant).summary().contains("last checkpoint at 3 "), verify(tenant).summary());
    }

    private void assertProblems(String tenant, String... fragments) throws Exception {
        ChainVerifier.Verdict verdict = verify(tenant);
        assertFalse(verdict.holds(), "the verifier saw nothing wrong: " + verdict.summary());
        assertTrue(verdict.summary().contains("NOT INTACT"), verdict.summary());
        for (String fragment : fragments) {
            assertTrue(verdict.problems().stream().anyMatch(problem -> problem.contains(fragment)),
                    "expected a problem saying '" + fragment + "' in " + verdict.problems());
        }
    }

    private ChainVerifier.Verdict verify(String tenant) throws Exception {
        try (Connection connection = StoredRows.direct(dataSource).getConnection()) {
            CheckpointSigningKey key = CheckpointSigningKey.load(Path.of(configuration.keyFile()), false);
            return new AuditVerification(connection, Path.of(configuration.dir()), key).verify(tenant);
        }
    }

    private String tenantWithEntries(int entries) {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        append(tenant, entries);
        return tenant;
    }

    private void append(String tenant, int entries) {
        for (int i = 0; i < entries; i++) {
            audit.record(new Actor(tenant, "uid-triager", "social-care"), AuditAction.CONTACT_READ,
                    AuditedRecord.of("contact", UUID.randomUUID()), "MASH triage");
        }
    }

    /** Runs the statements as someone who can drop the triggers, then puts the triggers back as they were. */
    private void asDatabaseAdministrator(String... statements) throws SQLException {
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER audit_entry_no_update");
            statement.execute("DROP TRIGGER audit_entry_no_delete");
            for (String sql : statements) {
                statement.execute(sql);
            }
            for (String trigger : List.of(
                    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' "
                            + "SET MESSAGE_TEXT = 'audit entries cannot be changed: the audit log is append-only'",
                    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' "
                            + "SET MESSAGE_TEXT = 'audit entries cannot be deleted: the audit log is append-only'")) {
                statement.execute(trigger);
            }
        }
    }
}
