package doorstep.device.storage;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import doorstep.device.outbox.StorageProblem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox in a SQLite file over JDBC, for the simulator. The schema is created on open. Drafts,
 * sealed payloads and outcomes are stored only as the ciphertext they arrive as.
 */
public final class SqliteOutboxStore implements OutboxStore, AutoCloseable {

    private static final String ITEM_COLUMNS = "id, kind, created_at, state, payload, receipt_id,"
            + " rejection_reason, attempts, next_attempt_at";

    private final Connection connection;

    private SqliteOutboxStore(Connection connection) {
        this.connection = connection;
    }

    public static SqliteOutboxStore open(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            SqliteSchema.create(connection);
            return new SqliteOutboxStore(connection);
        } catch (SQLException e) {
            throw new StorageProblem("Cannot open the outbox database " + file
                    + "; check the directory exists and is writable", e);
        }
    }

    @Override
    public synchronized void put(OutboxItem item) {
        String sql = "insert or replace into outbox_item (" + ITEM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, item.id().toString());
            insert.setString(2, item.kind());
            insert.setString(3, item.createdAt().toString());
            insert.setString(4, item.state().name());
            insert.setBytes(5, item.payload());
            insert.setString(6, item.receiptId() == null ? null : item.receiptId().toString());
            insert.setString(7, item.rejectionReason());
            insert.setInt(8, item.attempts());
            insert.setString(9, item.nextAttemptAt() == null ? null : item.nextAttemptAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageProblem("Cannot store outbox item " + item.id(), e);
        }
    }

    @Override
    public synchronized Optional<OutboxItem> get(UUID id) {
        List<OutboxItem> found = query("select " + ITEM_COLUMNS + " from outbox_item where id = ?", id.toString());
        return found.stream().findFirst();
    }

    @Override
    public synchronized List<OutboxItem> list(OutboxState state) {
        List<OutboxItem> found = query("select " + ITEM_COLUMNS + " from outbox_item where state = ?", state.name());
        // Instants are stored as ISO text, which does not sort by time when fractions differ in length.
        found.sort(Comparator.comparing(OutboxItem::createdAt).thenComparing(OutboxItem::id));
        return found;
    }

    @Override
    public synchronized void delete(UUID id) {
        update("delete from outbox_item where id = ?", id.toString());
    }

    @Override
    public synchronized Optional<byte[]> setting(DeviceSetting name) {
        return readBlob("select value from device_setting where name = ?", name.name());
    }

    @Override
    public synchronized void putSetting(DeviceSetting name, byte[] value) {
        update("insert or replace into device_setting (name, value) values (?, ?)", name.name(), value);
    }

    @Override
    public synchronized void putOutcome(UUID submissionId, byte[] encryptedOutcome) {
        update("insert or replace into referral_outcome (submission_id, outcome) values (?, ?)",
                submissionId.toString(), encryptedOutcome);
    }

    @Override
    public synchronized Optional<byte[]> outcome(UUID submissionId) {
        return readBlob("select outcome from referral_outcome where submission_id = ?", submissionId.toString());
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageProblem("Cannot close the outbox database", e);
        }
    }

    private List<OutboxItem> query(String sql, String key) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                List<OutboxItem> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(toItem(rows));
                }
                return items;
            }
        } catch (SQLException e) {
            throw new StorageProblem("Cannot read the outbox", e);
        }
    }

    private static OutboxItem toItem(ResultSet row) throws SQLException {
        String receipt = row.getString("receipt_id");
        String nextAttempt = row.getString("next_attempt_at");
        return new OutboxItem(
                UUID.fromString(row.getString("id")),
                row.getString("kind"),
                Instant.parse(row.getString("created_at")),
                OutboxState.valueOf(row.getString("state")),
                row.getBytes("payload"),
                receipt == null ? null : UUID.fromString(receipt),
                row.getString("rejection_reason"),
                row.getInt("attempts"),
                nextAttempt == null ? null : Instant.parse(nextAttempt));
    }

    private Optional<byte[]> readBlob(String sql, String key) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageProblem("Cannot read a device setting", e);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageProblem("Cannot write to the outbox database", e);
        }
    }
}
