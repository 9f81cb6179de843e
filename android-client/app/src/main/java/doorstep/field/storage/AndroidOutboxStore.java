package doorstep.field.storage;

import android.content.ContentValues;
import android.content.Context;
import android.database.Cursor;
import android.database.SQLException;
import android.database.sqlite.SQLiteDatabase;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import doorstep.device.outbox.StorageProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox in the app's SQLite database through {@code android.database.sqlite}. Everything
 * sensitive arrives as vault ciphertext from the core, so this class never sees a child's words.
 */
public final class AndroidOutboxStore implements OutboxStore {

    private static final String ITEMS = "outbox_item";
    private static final String[] ITEM_COLUMNS = {"id", "kind", "created_at", "state", "payload", "receipt_id",
        "rejection_reason", "attempts", "next_attempt_at"};

    private final SQLiteDatabase database;

    private AndroidOutboxStore(SQLiteDatabase database) {
        this.database = database;
    }

    /** Opens the app's device database, creating its tables on first use. */
    public static AndroidOutboxStore open(Context context) {
        return new AndroidOutboxStore(new DeviceDatabase(context).open());
    }

    /** Deletes the database file and its journals: everything the phone keeps but the Keystore key. */
    public static void delete(Context context) {
        context.deleteDatabase(DeviceDatabase.FILE);
    }

    public void close() {
        database.close();
    }

    @Override
    public void put(OutboxItem item) {
        ContentValues row = new ContentValues();
        row.put("id", item.id().toString());
        row.put("kind", item.kind());
        row.put("created_at", item.createdAt().toString());
        row.put("state", item.state().name());
        row.put("payload", item.payload());
        row.put("receipt_id", item.receiptId() == null ? null : item.receiptId().toString());
        row.put("rejection_reason", item.rejectionReason());
        row.put("attempts", item.attempts());
        row.put("next_attempt_at", item.nextAttemptAt() == null ? null : item.nextAttemptAt().toString());
        replace(ITEMS, row, "Cannot store outbox item " + item.id());
    }

    @Override
    public Optional<OutboxItem> get(UUID id) {
        return items("id = ?", id.toString()).stream().findFirst();
    }

    @Override
    public List<OutboxItem> list(OutboxState state) {
        List<OutboxItem> found = items("state = ?", state.name());
        // Instants are stored as ISO text, which does not sort by time when fractions differ in length.
        found.sort(Comparator.comparing(OutboxItem::createdAt).thenComparing(OutboxItem::id));
        return found;
    }

    @Override
    public void delete(UUID id) {
        try {
            database.delete(ITEMS, "id = ?", new String[] {id.toString()});
        } catch (SQLException e) {
            throw new StorageProblem("Cannot delete outbox item " + id, e);
        }
    }

    @Override
    public Optional<byte[]> setting(DeviceSetting name) {
        return blob("device_setting", "value", "name = ?", name.name());
    }

    @Override
    public void putSetting(DeviceSetting name, byte[] value) {
        ContentValues row = new ContentValues();
        row.put("name", name.name());
        row.put("value", value);
        replace("device_setting", row, "Cannot store the device setting " + name);
    }

    @Override
    public void putOutcome(UUID submissionId, byte[] encryptedOutcome) {
        ContentValues row = new ContentValues();
        row.put("submission_id", submissionId.toString());
        row.put("outcome", encryptedOutcome);
        replace("referral_outcome", row, "Cannot store the outcome of " + submissionId);
    }

    @Override
    public Optional<byte[]> outcome(UUID submissionId) {
        return blob("referral_outcome", "outcome", "submission_id = ?", submissionId.toString());
    }

    private void replace(String table, ContentValues row, String whatFailed) {
        try {
            database.replaceOrThrow(table, null, row);
        } catch (SQLException e) {
            throw new StorageProblem(whatFailed, e);
        }
    }

    private List<OutboxItem> items(String where, String key) {
        try (Cursor rows = database.query(ITEMS, ITEM_COLUMNS, where, new String[] {key}, null, null, null)) {
            List<OutboxItem> items = new ArrayList<>();
            while (rows.moveToNext()) {
                items.add(toItem(rows));
            }
            return items;
        } catch (SQLException e) {
            throw new StorageProblem("Cannot read the outbox", e);
        }
    }

    private Optional<byte[]> blob(String table, String column, String where, String key) {
        try (Cursor rows = database.query(table, new String[] {column}, where, new String[] {key}, null, null, null)) {
            return rows.moveToFirst() ? Optional.of(rows.getBlob(0)) : Optional.empty();
        } catch (SQLException e) {
            throw new StorageProblem("Cannot read from " + table, e);
        }
    }

    private static OutboxItem toItem(Cursor row) {
        return new OutboxItem(
                UUID.fromString(row.getString(0)),
                row.getString(1),
                Instant.parse(row.getString(2)),
                OutboxState.valueOf(row.getString(3)),
                row.isNull(4) ? null : row.getBlob(4),
                row.isNull(5) ? null : UUID.fromString(row.getString(5)),
                row.isNull(6) ? null : row.getString(6),
                row.getInt(7),
                row.isNull(8) ? null : Instant.parse(row.getString(8)));
    }
}
