package doorstep.device.sync;

import doorstep.device.api.client.ApiClient;
import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.TaskNotice;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.Incidents;
import doorstep.device.testing.MovableClock;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** A device wired to a stand-in server, as a test needs it. */
final class SyncRig implements SyncListener {

    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 0.2, 5, Duration.ofDays(1));

    final MockWebServer server;
    final OutboxStore store;
    final LocalVault vault;
    final Outbox outbox;
    final ReferralOutcomes outcomes;
    final MovableClock clock = new MovableClock(Instant.parse("2025-03-14T01:30:00Z"));
    final IntakeKeyPair intake;
    final UUID deviceId;
    final List<DeviceAction> commands = new ArrayList<>();
    final List<SyncReport> reports = new ArrayList<>();
    final List<TaskNotice> taskNotices = new ArrayList<>();
    TokenSource tokens = () -> "id-token";

    SyncRig(MockWebServer server, OutboxStore store, LocalVault vault, IntakeKeyPair intake, UUID deviceId) {
        this.server = server;
        this.store = store;
        this.vault = vault;
        this.intake = intake;
        this.deviceId = deviceId;
        this.outbox = new Outbox(store, vault, clock);
        this.outcomes = new ReferralOutcomes(store, vault);
    }

    SyncEngine engine() {
        // OkHttp's silent retry would hide the dropped connection these tests are about.
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        ApiClient client = new ApiClient(http).setBasePath(server.url("/").toString().replaceAll("/$", ""));
        return new SyncEngine(client, tokens, outbox, store, outcomes, deviceId, this, BACKOFF, clock, new Random(7));
    }

    UUID sealedIncident() throws GeneralSecurityException {
        UUID id = outbox.saveDraft(DomesticAbuseIncidents.KIND, DomesticAbuseIncidents.toJson(Incidents.complete()));
        outbox.seal(id, intake.sealer(), deviceId);
        return id;
    }

    OutboxItem item(UUID id) {
        return outbox.item(id).orElseThrow();
    }

    @Override
    public void onDeviceCommand(UUID commandId, DeviceAction action) {
        commands.add(action);
    }

    @Override
    public void onTaskNotice(TaskNotice notice) {
        taskNotices.add(notice);
    }

    @Override
    public void onReport(SyncReport report) {
        reports.add(report);
    }

    static MockResponse json(int status, String body) {
        String type = status < 400 ? "application/json" : "application/problem+json";
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", type).setBody(body);
    }

    static MockResponse result(UUID id, String status) {
        return json(200, "{\"results\":[{\"submissionId\":\"" + id + "\",\"status\":\"" + status + "\","
                + "\"receiptId\":\"" + UUID.nameUUIDFromBytes(id.toString().getBytes()) + "\","
                + "\"receivedAt\":\"2025-03-14T01:31:00Z\"}]}");
    }

    static MockResponse emptyFeed(String nextCursor) {
        return json(200, "{\"entries\":[],\"nextCursor\":\"" + nextCursor + "\",\"hasMore\":false}");
    }

    static MockResponse problem(int status, String title, String detail) {
        return json(status, "{\"type\":\"/problems/test\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    static TokenSource failingTokens() {
        return () -> {
            throw new IOException("offline");
        };
    }
}
