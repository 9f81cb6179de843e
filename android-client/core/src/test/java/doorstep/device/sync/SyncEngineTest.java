package doorstep.device.sync;

import static doorstep.device.sync.SyncRig.emptyFeed;
import static doorstep.device.sync.SyncRig.json;
import static doorstep.device.sync.SyncRig.problem;
import static doorstep.device.sync.SyncRig.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncEngineTest {

    private final MockWebServer server = new MockWebServer();
    private SyncRig rig;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        rig = new SyncRig(server, store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()),
                IntakeKeyPair.generate(), UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void acceptedItemIsReceiptedAndItsPayloadDeleted() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(result(id, "accepted"));
        server.enqueue(emptyFeed("c1"));

        SyncReport report = rig.engine().sync();

        assertEquals(new SyncReport(SyncStatus.DONE, 1, 0, 0, null, null), report);
        OutboxItem item = rig.item(id);
        assertEquals(OutboxState.RECEIPTED, item.state());
        assertEquals(UUID.nameUUIDFromBytes(id.toString().getBytes()), item.receiptId());
        assertNull(item.payload());
    }

    @Test
    void pushedPayloadOpensOnTheServerUnderItsIds() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(result(id, "accepted"));
        server.enqueue(emptyFeed("c1"));

        rig.engine().sync();

        RecordedRequest push = server.takeRequest();
        assertEquals("/v1/submissions", push.getPath());
        assertEquals("Bearer id-token", push.getHeader("Authorization"));
        JsonObject batch = JsonParser.parseString(push.getBody().readUtf8()).getAsJsonObject();
        assertEquals(rig.deviceId.toString(), batch.get("deviceId").getAsString());
        JsonObject item = batch.getAsJsonArray("items").get(0).getAsJsonObject();
        assertEquals("domestic-abuse-incident", item.get("kind").getAsString());
        byte[] sealed = Base64.getDecoder().decode(item.get("sealedPayload").getAsString());
        assertTrue(new String(rig.intake.open(sealed, id, rig.deviceId)).contains("\"narrative\""));
    }

    @Test
    void duplicateResultCountsAsReceipted() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(result(id, "duplicate"));
        server.enqueue(emptyFeed("c1"));

        SyncReport report = rig.engine().sync();

        assertEquals(1, report.receipted());
        assertEquals(OutboxState.RECEIPTED, rig.item(id).state());
    }

    @Test
    void conflictIsRejectedWithTheServersProblem() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(json(200, "{\"results\":[{\"submissionId\":\"" + id + "\",\"status\":\"conflict\","
                + "\"problem\":{\"type\":\"/problems/submission-conflict\",\"title\":\"Submission conflict\","
                + "\"status\":409,\"detail\":\"A different capture was stored under this id first.\"}}]}"));
        server.enqueue(emptyFeed("c1"));

        SyncReport report = rig.engine().sync();

        assertEquals(1, report.rejected());
        OutboxItem item = rig.item(id);
        assertEquals(OutboxState.REJECTED, item.state());
        assertEquals("Submission conflict: A different capture was stored under this id first.", item.rejectionReason());
    }

    @Test
    void droppedConnectionIsRetriedWithBackoff() throws Exception {
        UUID id = rig.sealedIncident();
        Instant start = rig.clock.instant();
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        SyncReport failed = rig.engine().sync();

        assertEquals(SyncStatus.RETRY_LATER, failed.status());
        OutboxItem waiting = rig.item(id);
        assertEquals(OutboxState.SENT, waiting.state());
        assertEquals(1, waiting.attempts());
        Duration wait = Duration.between(start, waiting.nextAttemptAt());
        assertTrue(wait.compareTo(Duration.ofSeconds(24)) >= 0 && wait.compareTo(Duration.ofSeconds(36)) <= 0, wait::toString);
        assertEquals(waiting.nextAttemptAt(), failed.retryAt());

        rig.clock.set(waiting.nextAttemptAt());
        server.enqueue(result(id, "duplicate"));
        server.enqueue(emptyFeed("c1"));
        SyncReport retried = rig.engine().sync();

        assertEquals(SyncStatus.DONE, retried.status());
        assertEquals(OutboxState.RECEIPTED, rig.item(id).state());
        assertEquals(2, rig.item(id).attempts());
    }

    @Test
    void itemIsNotPushedAgainBeforeItsBackoffEnds() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(new MockResponse().setResponseCode(503));
        rig.engine().sync();
        server.enqueue(emptyFeed("c1"));

        SyncReport early = rig.engine().sync();

        assertEquals(SyncStatus.RETRY_LATER, early.status());
        assertEquals(1, early.waiting());
        assertEquals(1, rig.item(id).attempts());
        server.takeRequest();
        assertEquals("GET", server.takeRequest().getMethod());
    }

    @Test
    void tooManyRequestsIsRetriedLater() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(problem(429, "Too many requests", "Slow down."));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.RETRY_LATER, report.status());
        assertEquals(OutboxState.SENT, rig.item(id).state());
    }

    @Test
    void unauthorisedStopsAndReportsReauthNeeded() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(problem(401, "Sign in again", "The ID token has expired."));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.REAUTH_NEEDED, report.status());
        assertEquals(1, server.getRequestCount());
        assertTrue(rig.item(id).state().awaitsDelivery());
        assertEquals(report, rig.reports.get(0));
    }

    @Test
    void aRevokedDeviceStopsAndIsToldSoByTheProblemType() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(json(403, "{\"type\":\"/problems/device-revoked\",\"title\":\"This device was revoked\","
                + "\"status\":403,\"detail\":\"Your team switched this phone off for Doorstep.\"}"));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.DEVICE_REVOKED, report.status());
        assertEquals(1, server.getRequestCount());
        assertTrue(rig.item(id).state().awaitsDelivery());
    }

    @Test
    void aSignInRefusedForAnotherReasonIsNotARevocation() throws Exception {
        rig.sealedIncident();
        server.enqueue(json(401, "{\"type\":\"/problems/unauthenticated\",\"title\":\"Sign in again\",\"status\":401}"));

        assertEquals(SyncStatus.REAUTH_NEEDED, rig.engine().sync().status());
    }

    @Test
    void refusedBatchKeepsItemsAndReportsTheProblem() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(problem(403, "Not allowed", "This device is not enrolled."));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.REFUSED, report.status());
        assertEquals("Not allowed: This device is not enrolled.", report.problem());
        assertTrue(rig.item(id).state().awaitsDelivery());
    }

    @Test
    void itemTheServerWasTooBusyToStoreIsSentAgainLaterNotRejected() throws Exception {
        UUID stored = rig.sealedIncident();
        UUID busy = rig.sealedIncident();
        server.enqueue(json(200, "{\"results\":[{\"submissionId\":\"" + stored + "\",\"status\":\"accepted\","
                + "\"receiptId\":\"" + UUID.randomUUID() + "\"},{\"submissionId\":\"" + busy + "\",\"status\":\"rejected\","
                + "\"problem\":{\"type\":\"/problems/busy-retry\",\"title\":\"Not stored yet: the server is busy\","
                + "\"status\":503,\"detail\":\"Nothing of this capture was stored.\"}}]}"));
        server.enqueue(emptyFeed("c1"));

        SyncReport report = rig.engine().sync();

        assertEquals(1, report.receipted());
        assertEquals(0, report.rejected());
        assertEquals(SyncStatus.RETRY_LATER, report.status());
        assertEquals(OutboxState.RECEIPTED, rig.item(stored).state());
        assertEquals(OutboxState.SENT, rig.item(busy).state());
        assertTrue(rig.item(busy).nextAttemptAt().isAfter(rig.clock.instant()));
    }

    @Test
    void itemWithoutAResultIsTriedAgainLater() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(json(200, "{\"results\":[]}"));
        server.enqueue(emptyFeed("c1"));

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.RETRY_LATER, report.status());
        assertEquals(OutboxState.SENT, rig.item(id).state());
        assertTrue(rig.item(id).nextAttemptAt().isAfter(rig.clock.instant()));
    }

    @Test
    void nobodySignedInStopsBeforeAnythingIsSent() throws Exception {
        rig.sealedIncident();
        rig.tokens = () -> null;

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.REAUTH_NEEDED, report.status());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void tokenThatCannotBeFetchedNowIsRetriedLater() throws Exception {
        rig.sealedIncident();
        rig.tokens = SyncRig.failingTokens();

        SyncReport report = rig.engine().sync();

        assertEquals(SyncStatus.RETRY_LATER, report.status());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void tokenIsFetchedAfreshForEachRun() throws Exception {
        int[] runs = {0};
        rig.tokens = () -> "token-" + ++runs[0];
        SyncEngine engine = rig.engine();
        server.enqueue(emptyFeed("c1"));
        server.enqueue(emptyFeed("c2"));

        engine.sync();
        engine.sync();

        assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
        assertEquals("Bearer token-2", server.takeRequest().getHeader("Authorization"));
    }
}
