package doorstep.device.sync;

import static doorstep.device.sync.SyncRig.emptyFeed;
import static doorstep.device.sync.SyncRig.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.Outcome;
import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.storage.SqliteOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTest {

    private final MockWebServer server = new MockWebServer();
    private final UUID deviceId = UUID.randomUUID();
    private final UUID submissionId = UUID.randomUUID();

    @BeforeEach
    void setUp() throws Exception {
        server.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void feedIsReadPageByPageUntilNoMore() throws Exception {
        SyncRig rig = inMemoryRig();
        server.enqueue(page("c1", true, outcomeEntry()));
        server.enqueue(page("c2", false, commandEntry("wipe")));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.DONE, report.status());
        assertEquals("/v1/feed?deviceId=" + deviceId + "&limit=50", server.takeRequest().getPath());
        assertEquals("/v1/feed?deviceId=" + deviceId + "&cursor=c1&limit=50", server.takeRequest().getPath());
        assertEquals("c2", new String(rig.store.setting(DeviceSetting.FEED_CURSOR).orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void referralOutcomeIsKeptEncrypted() throws Exception {
        SyncRig rig = inMemoryRig();
        server.enqueue(page("c1", false, outcomeEntry()));

        rig.engine().sync();

        assertEquals(Outcome.SECTION_47_STRATEGY_DISCUSSION, rig.outcomes.of(submissionId).orElseThrow());
        byte[] stored = rig.store.outcome(submissionId).orElseThrow();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("section-47"));
    }

    @Test
    void deviceCommandReachesTheListener() throws Exception {
        SyncRig rig = inMemoryRig();
        server.enqueue(page("c1", false, commandEntry("lock")));

        rig.engine().sync();

        assertEquals(List.of(DeviceAction.LOCK), rig.commands);
    }

    @Test
    void feedCursorResumesAfterRestart(@TempDir Path dir) throws Exception {
        KeyWrapper masterKey = MasterKeys.fresh();
        IntakeKeyPair intake = IntakeKeyPair.generate();
        Path file = dir.resolve("device.db");
        try (SqliteOutboxStore store = SqliteOutboxStore.open(file)) {
            SyncRig rig = new SyncRig(server, store, LocalVault.open(masterKey, store.keysetSlot()), intake, deviceId);
            server.enqueue(page("c1", true, outcomeEntry()));
            server.enqueue(new MockResponse().setResponseCode(503));
            assertEquals(SyncStatus.RETRY_LATER, rig.engine().sync().status());
        }
        server.takeRequest();
        server.takeRequest();

        try (SqliteOutboxStore store = SqliteOutboxStore.open(file)) {
            SyncRig rig = new SyncRig(server, store, LocalVault.open(masterKey, store.keysetSlot()), intake, deviceId);
            server.enqueue(emptyFeed("c2"));
            rig.engine().sync();

            assertEquals("/v1/feed?deviceId=" + deviceId + "&cursor=c1&limit=50", server.takeRequest().getPath());
            assertEquals(Outcome.SECTION_47_STRATEGY_DISCUSSION, rig.outcomes.of(submissionId).orElseThrow());
        }
    }

    private SyncRig inMemoryRig() throws Exception {
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        return new SyncRig(server, store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()),
                IntakeKeyPair.generate(), deviceId);
    }

    private static MockResponse page(String nextCursor, boolean hasMore, String entry) {
        return json(200, "{\"entries\":[" + entry + "],\"nextCursor\":\"" + nextCursor + "\",\"hasMore\":" + hasMore + "}");
    }

    private String outcomeEntry() {
        return "{\"kind\":\"referral-outcome\",\"at\":\"2025-03-14T09:00:00Z\",\"outcome\":{\"submissionId\":\""
                + submissionId + "\",\"contactId\":\"" + UUID.randomUUID() + "\","
                + "\"outcome\":\"section-47-strategy-discussion\",\"decidedAt\":\"2025-03-14T09:00:00Z\"}}";
    }

    private String commandEntry(String action) {
        return "{\"kind\":\"device-command\",\"at\":\"2025-03-14T09:00:00Z\",\"command\":{\"commandId\":\""
                + UUID.randomUUID() + "\",\"deviceId\":\"" + deviceId + "\",\"action\":\"" + action + "\","
                + "\"issuedAt\":\"2025-03-14T09:00:00Z\"}}";
    }
}
