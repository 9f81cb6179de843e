package doorstep.field.storage;

import android.content.Context;
import android.database.Cursor;
import android.database.SQLException;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;
import doorstep.device.outbox.StorageProblem;

/**
 * The one SQLite file on the phone: the outbox, the device settings and referral outcomes, all of
 * it ciphertext or ids. The tables match the simulator's JDBC store, so both read as one design.
 */
final class DeviceDatabase extends SQLiteOpenHelper {

    static final String FILE = "doorstep-device.db";
    private static final int VERSION = 1;

    DeviceDatabase(Context context) {
        super(context, FILE, null, VERSION);
    }

    SQLiteDatabase open() {
        try {
            return getWritableDatabase();
        } catch (SQLException e) {
            throw new StorageProblem("Cannot open the device database; the phone may be out of space", e);
        }
    }

    @Override
    public void onConfigure(SQLiteDatabase db) {
        // Overwritten pages are zeroed, so a replaced draft leaves no old ciphertext in free pages.
        try (Cursor result = db.rawQuery("pragma secure_delete = on", null)) {
            result.moveToFirst();
        }
    }

    @Override
    public void onCreate(SQLiteDatabase db) {
        db.execSQL("create table outbox_item (id text primary key, kind text not null, created_at text not null,"
                + " state text not null, payload blob, receipt_id text, rejection_reason text,"
                + " attempts integer not null, next_attempt_at text)");
        db.execSQL("create index outbox_item_state on outbox_item (state)");
        db.execSQL("create table device_setting (name text primary key, value blob not null)");
        db.execSQL("create table referral_outcome (submission_id text primary key, outcome blob not null)");
    }

    @Override
    public void onUpgrade(SQLiteDatabase db, int oldVersion, int newVersion) {
        throw new IllegalStateException("No upgrade from device database version " + oldVersion + " exists yet");
    }
}
