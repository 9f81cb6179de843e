package doorstep.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit tables over JDBC: the per-tenant head row that serialises appenders (so the sequence
 * has no gaps and the chain no forks) and the entries themselves. Instants go in and out as UTC
 * wall-clock values, so the hash never depends on a JVM's or a session's time zone.
 */
@Singleton
class ChainStore {

    static final String ENTRY_COLUMNS = "tenant_id, seq, prev_hash, hash, at, actor_uid, agency, operation, "
            + "record_type, record_id, purpose, action";

    record Head(long seq, byte[] hash) {
    }

    private final JdbcOperations jdbc;

    ChainStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the tenant's head row until the transaction ends, creating it on first use: INSERT ...
     * ON DUPLICATE KEY UPDATE takes the row's exclusive lock whether it inserts or finds it, so two
     * first appenders queue on the key instead of both reading "no head" and forking.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Head lockHead(String tenantId) {
        jdbc.prepareStatement("INSERT INTO audit_head (tenant_id, seq, hash, checkpointed_seq) VALUES (?, 0, ?, 0) "
                + "ON DUPLICATE KEY UPDATE seq = seq", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setBytes(2, AuditEntry.GENESIS);
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT seq, hash FROM audit_head WHERE tenant_id = ? FOR UPDATE",
                (PreparedStatement statement) -> {
                    statement.setString(1, tenantId);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return new Head(row.getLong(1), row.getBytes(2));
                    }
                });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void append(AuditEntry entry) {
        jdbc.prepareStatement("INSERT INTO audit_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (PreparedStatement statement) -> {
                    bind(statement, entry);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE tenant_id = ?", (PreparedStatement statement) -> {
            statement.setLong(1, entry.seq());
            statement.setBytes(2, entry.hash());
            statement.setString(3, entry.tenantId());
            return statement.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<AuditEntry> entriesAbout(String tenantId, String recordId) {
        return jdbc.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM audit_entry WHERE tenant_id = ? AND record_id = ? "
                + "ORDER BY seq", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setString(2, recordId);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        });
    }

    @Transactional
    List<String> tenants() {
        return jdbc.prepareStatement("SELECT tenant_id FROM audit_head ORDER BY tenant_id", (PreparedStatement statement) -> {
            List<String> tenants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
            return tenants;
        });
    }

    /**
     * The tenant's head, if it moved since the last checkpoint and this caller is the one to sign it:
     * the conditional update lets exactly one of several replicas claim a sequence.
     */
    @Transactional
    Optional<Head> claimCheckpoint(String tenantId) {
        Head head = jdbc.prepareStatement("SELECT seq, hash FROM audit_head WHERE tenant_id = ?", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), row.getBytes(2)) : null;
            }
        });
        if (head == null || head.seq() == 0) {
            return Optional.empty();
        }
        int claimed = jdbc.prepareStatement("UPDATE audit_head SET checkpointed_seq = ? WHERE tenant_id = ? "
                + "AND checkpointed_seq < ?", (PreparedStatement statement) -> {
            statement.setLong(1, head.seq());
            statement.setString(2, tenantId);
            statement.setLong(3, head.seq());
            return statement.executeUpdate();
        });
        return claimed == 1 ? Optional.of(head) : Optional.empty();
    }

    static void bind(PreparedStatement statement, AuditEntry entry) throws SQLException {
        statement.setString(1, entry.tenantId());
        statement.setLong(2, entry.seq());
        statement.setBytes(3, entry.prevHash());
        statement.setBytes(4, entry.hash());
        statement.setObject(5, LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        statement.setString(6, entry.actorUid());
        statement.setString(7, entry.agency());
        statement.setString(8, entry.operation().name());
        statement.setString(9, entry.recordType());
        statement.setString(10, entry.recordId());
        statement.setString(11, entry.purpose());
        statement.setString(12, entry.action());
    }

    /** A row as stored; an operation no release writes is an {@link IllegalArgumentException}. */
    static AuditEntry read(ResultSet row) throws SQLException {
        return new AuditEntry(row.getString(1), row.getLong(2), row.getBytes(3), row.getBytes(4),
                row.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(6), row.getString(7),
                Operation.valueOf(row.getString(8)), row.getString(9), row.getString(10), row.getString(11),
                row.getString(12));
    }
}
