package doorstep.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * V5_1_1: the entries of the old unchained table join each tenant's chain, oldest first (by id,
 * the order they were written), with their own times, then that table is made read-only and kept
 * as it was, so anyone can compare the two. The hash is worked out here, in the same code that
 * hashes new entries, because SQL cannot chain one row's hash into the next. Rows written before
 * agencies were logged carry the agency {@value #AGENCY_NOT_LOGGED}.
 */
class OldAuditEventsIntoTheChain implements JavaMigration {

    static final String AGENCY_NOT_LOGGED = "(not logged before V5_1)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, ChainStore.Head> heads = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, tenant_id, actor_uid, action, "
                + "record_type, record_id, purpose, at FROM audit_event ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry ("
                     + ChainStore.ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String tenantId = rows.getString(2);
                long id = rows.getLong(1);
                String action = rows.getString(4);
                Operation operation = AuditAction.byStoredName(action).map(AuditAction::operation)
                        .orElseThrow(() -> new IllegalStateException("audit_event row " + id
                                + " has the action '" + action + "', which no table entry in AuditAction names"));
                ChainStore.Head head = heads.getOrDefault(tenantId, new ChainStore.Head(0, AuditEntry.GENESIS));
                AuditEntry entry = AuditEntry.next(head.seq(), head.hash(),
                        rows.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        new Actor(tenantId, rows.getString(3), AGENCY_NOT_LOGGED), operation, action,
                        new AuditedRecord(rows.getString(5), rows.getString(6)), rows.getString(7));
                ChainStore.bind(insert, entry);
                insert.executeUpdate();
                heads.put(tenantId, new ChainStore.Head(entry.seq(), entry.hash()));
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_head (tenant_id, seq, hash, checkpointed_seq) VALUES (?, ?, ?, 0)")) {
            for (Map.Entry<String, ChainStore.Head> tenant : heads.entrySet()) {
                head.setString(1, tenant.getKey());
                head.setLong(2, tenant.getValue().seq());
                head.setBytes(3, tenant.getValue().hash());
                head.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String event : new String[] {"INSERT", "UPDATE", "DELETE"}) {
                statement.execute("CREATE TRIGGER audit_event_read_only_" + event.toLowerCase() + " BEFORE " + event
                        + " ON audit_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                        + "'audit_event is kept read-only since V5_1: new entries go to audit_entry'");
            }
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5.1.1");
    }

    @Override
    public String getDescription() {
        return "old audit events into the chain";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
