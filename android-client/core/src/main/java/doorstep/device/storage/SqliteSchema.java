package doorstep.device.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the outbox tables if they are missing. */
final class SqliteSchema {

    private SqliteSchema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Overwritten pages are zeroed, so a replaced draft leaves no ciphertext behind in free pages.
            statement.execute("pragma secure_delete = on");
            statement.execute("""
                    create table if not exists outbox_item (
                      id text primary key,
                      kind text not null,
                      created_at text not null,
                      state text not null,
                      payload blob,
                      receipt_id text,
                      rejection_reason text,
                      attempts integer not null,
                      next_attempt_at text)""");
            statement.execute("create index if not exists outbox_item_state on outbox_item (state)");
            statement.execute("create table if not exists device_setting (name text primary key, value blob not null)");
            statement.execute("""
                    create table if not exists referral_outcome (
                      submission_id text primary key,
                      outcome blob not null)""");
        }
    }
}
