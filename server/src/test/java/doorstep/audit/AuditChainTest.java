package doorstep.audit;

import doorstep.testing.ServerTest;
import doorstep.testing.StoredRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit entries form one gapless hash chain per tenant, written with the change they record, never changed. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainTest implements ServerTest {

    @Inject
    AuditTrail audit;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anEntrySaysWhoFromWhichAgencyDidWhatToWhichRecordWhenAndWhy() {
        String tenant = freshTenant();
        UUID contact = UUID.randomUUID();

        audit.record(new Actor(tenant, "uid-triager", "social-care"), AuditAction.CONTACT_READ,
                AuditedRecord.of("contact", contact), "MASH triage");

        AuditEntry entry = audit.historyOf(tenant, contact.toString()).get(0);
        assertEquals(List.of(tenant, 1L, "uid-triager", "social-care", Operation.CONSULTATION, "contact.read",
                "contact", contact.toString(), "MASH triage"), List.of(entry.tenantId(), entry.seq(), entry.actorUid(),
                entry.agency(), entry.operation(), entry.action(), entry.recordType(), entry.recordId(), entry.purpose()));
        assertArrayEquals(AuditEntry.GENESIS, entry.prevHash(), "the first entry follows the genesis hash");
        assertArrayEquals(entry.computedHash(), entry.hash());
    }

    @Test
    void manyConcurrentAppendersInOneTenantMakeOneGaplessChainWithoutAFork() throws Exception {
        String tenant = freshTenant();
        int threads = 8;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> appenders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String uid = "uid-" + t;
            appenders.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    audit.record(new Actor(tenant, uid, "police"), AuditAction.CONTACT_READ,
                            AuditedRecord.of("contact", UUID.randomUUID()), "MASH triage");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> appender : appenders) {
            appender.get();
        }
        pool.shutdown();

        List<AuditEntry> chain = chainOf(tenant);
        assertEquals(LongStream.rangeClosed(1, threads * each).boxed().toList(),
                chain.stream().map(AuditEntry::seq).toList(), "sequence 1..n without gaps");
        for (int i = 0; i < chain.size(); i++) {
            byte[] expectedPrev = i == 0 ? AuditEntry.GENESIS : chain.get(i - 1).hash();
            assertArrayEquals(expectedPrev, chain.get(i).prevHash(), "entry " + chain.get(i).seq() + " follows the one before");
            assertArrayEquals(chain.get(i).computedHash(), chain.get(i).hash());
        }
    }

    @Test
    void anEntryRollsBackWithTheChangeItRecords() {
        String tenant = freshTenant();
        UUID contact = UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            audit.record(new Actor(tenant, "uid-triager", "social-care"), AuditAction.CONTACT_DECIDED,
                    AuditedRecord.of("contact", contact), "MASH triage");
            throw new IllegalStateException("the decision failed after it was audited");
        }));
        audit.record(new Actor(tenant, "uid-triager", "social-care"), AuditAction.CONTACT_READ,
                AuditedRecord.of("contact", contact), "MASH triage");

        assertEquals(List.of(1L), chainOf(tenant).stream().map(AuditEntry::seq).toList(),
                "the rolled-back entry left neither a row nor a gap");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntryThroughTheAppsConnection() {
        String tenant = freshTenant();
        audit.record(new Actor(tenant, "uid-triager", "social-care"), AuditAction.CONTACT_READ,
                AuditedRecord.of("contact", UUID.randomUUID()), "MASH triage");
        StoredRows stored = new StoredRows(dataSource);

        IllegalStateException update = assertThrows(IllegalStateException.class,
                () -> stored.execute("UPDATE audit_entry SET purpose = 'nothing to see' WHERE tenant_id = ?", tenant));
        IllegalStateException delete = assertThrows(IllegalStateException.class,
                () -> stored.execute("DELETE FROM audit_entry WHERE tenant_id = ?", tenant));

        assertTrue(update.getCause().getMessage().contains("audit entries cannot be changed"), update.getCause().getMessage());
        assertTrue(delete.getCause().getMessage().contains("audit entries cannot be deleted"), delete.getCause().getMessage());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ? AND purpose = 'MASH triage'", tenant));
    }

    @Test
    void theOldUnchainedTableTakesNoMoreRows() {
        StoredRows stored = new StoredRows(dataSource);

        IllegalStateException insert = assertThrows(IllegalStateException.class, () -> stored.execute(
                "INSERT INTO audit_event (tenant_id, actor_uid, action, record_type, record_id, purpose, at) "
                        + "VALUES ('test-la', 'uid', 'contact.read', 'contact', 'x', 'p', NOW())"));

        assertTrue(insert.getCause().getMessage().contains("read-only"), insert.getCause().getMessage());
    }

    private static String freshTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<AuditEntry> chainOf(String tenant) {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + ChainStore.ENTRY_COLUMNS
                     + " FROM audit_entry WHERE tenant_id = ? ORDER BY seq")) {
            query.setString(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(ChainStore.read(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }
}
