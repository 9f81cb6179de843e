package doorstep.device.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOutboxStoreTest extends OutboxStoreContract {

    @TempDir
    Path dir;

    private final List<SqliteOutboxStore> opened = new ArrayList<>();

    @Override
    OutboxStore store() {
        return open("outbox-" + opened.size() + ".db");
    }

    private SqliteOutboxStore open(String name) {
        SqliteOutboxStore store = SqliteOutboxStore.open(dir.resolve(name));
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SqliteOutboxStore::close);
    }

    @Test
    void itemsAndSettingsSurviveReopeningTheFile() {
        SqliteOutboxStore first = open("device.db");
        OutboxItem item = item(OutboxState.SENT, Instant.parse("2025-03-14T01:30:00Z"));
        first.put(item);
        first.putSetting(DeviceSetting.FEED_CURSOR, new byte[] {7});
        first.close();

        SqliteOutboxStore reopened = open("device.db");

        assertEquals(OutboxState.SENT, reopened.get(item.id()).orElseThrow().state());
        assertEquals(7, reopened.setting(DeviceSetting.FEED_CURSOR).orElseThrow()[0]);
    }
}
