package doorstep.simulator;

import doorstep.device.api.DevicesApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.DeviceEnrolmentRequest;
import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.device.capture.CaptureCheck;
import doorstep.device.capture.ChildReturnedNotices;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.device.capture.ReturnHomeInterviews;
import doorstep.device.crypto.FileKeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.SubmissionSealer;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.Outbox;
import doorstep.device.storage.SqliteOutboxStore;
import doorstep.device.sync.Backoff;
import doorstep.device.sync.DeviceIdentity;
import doorstep.device.sync.PushLimits;
import doorstep.device.sync.ReferralOutcomes;
import doorstep.device.sync.SyncEngine;
import doorstep.device.sync.SyncListener;
import doorstep.device.sync.SyncReport;
import doorstep.device.sync.SyncStatus;
import doorstep.device.sync.TokenSource;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One phone: the real device core with its SQLite outbox in a folder of its own, which survives
 * {@link #restart()} as the app's data survives the phone being switched off.
 */
public final class SimulatedDevice implements AutoCloseable {

    /** Short waits, so a simulation with dropped connections finishes in seconds. */
    static final Backoff IMPATIENT = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 0.2, 200,
            Duration.ofMinutes(10));

    private final Path folder;
    private final String server;
    private final TokenSource tokens;
    private final FlakyNetwork network;
    private final SyncListener listener;
    private final Interceptor observer;
    private final Clock clock;
    private SqliteOutboxStore store;
    private Outbox outbox;
    private ReferralOutcomes outcomes;
    private SyncEngine engine;
    private UUID deviceId;
    private ApiClient api;

    SimulatedDevice(Path folder, String server, TokenSource tokens, FlakyNetwork network, SyncListener listener,
                    Interceptor observer, Clock clock) {
        this.folder = folder;
        this.server = server;
        this.tokens = tokens;
        this.network = network;
        this.listener = listener;
        this.observer = observer;
        this.clock = clock;
        open();
    }

    /** A phone on the given network; the listener hears what the server said of every pushed submission. */
    public static SimulatedDevice on(FlakyNetwork network, Path folder, String server, TokenSource tokens,
                                     SettledListener settled) {
        return new SimulatedDevice(folder, server, tokens, network, forwarding(settled),
                chain -> chain.proceed(chain.request()), Clock.systemUTC());
    }

    /** Hears what the server said of each pushed submission. */
    public interface SettledListener {
        void settled(UUID submissionId, SubmissionStatus status);
    }

    static SyncListener forwarding(SettledListener settled) {
        return new SyncListener() {
            @Override
            public void onDeviceCommand(UUID commandId, DeviceAction action) {
                // A simulated phone has nothing to lock or wipe.
            }

            @Override
            public void onSubmissionSettled(UUID submissionId, SubmissionStatus status) {
                settled.settled(submissionId, status);
            }
        };
    }

    private void open() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = SqliteOutboxStore.open(folder.resolve("device.db"));
        LocalVault vault;
        try {
            vault = LocalVault.open(FileKeyWrapper.openOrCreate(folder.resolve("keystore.json")), store.keysetSlot());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The simulated phone's key store in " + folder + " does not open", e);
        }
        outbox = new Outbox(store, vault, clock);
        outcomes = new ReferralOutcomes(store, vault);
        deviceId = DeviceIdentity.loadOrCreate(store);
        api = new ApiClient(PushLimits.timeouts(new OkHttpClient.Builder()).addInterceptor(network).addInterceptor(observer)
                .retryOnConnectionFailure(false).build());
        api.setBasePath(server);
        engine = new SyncEngine(api, tokens, outbox, store, outcomes, deviceId, listener, IMPATIENT, clock);
    }

    public UUID deviceId() {
        return deviceId;
    }

    /** Enrols while the phone has signal, retrying dropped calls; keeps the intake key for sealing offline. */
    public void enrol() throws IOException {
        ApiException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                api.setBearerToken(tokens.idToken());
                var enrolment = new DevicesApi(api).enrolDevice(new DeviceEnrolmentRequest().deviceId(deviceId)
                        .platform(DeviceEnrolmentRequest.PlatformEnum.SIMULATOR).appVersion("simulator-1"));
                Files.writeString(folder.resolve("intake-key.json"), enrolment.getIntakeKey().getPublicKeyset());
                return;
            } catch (ApiException e) {
                if (e.getCode() >= 400 && e.getCode() < 500) {
                    throw new IOException("Enrolment refused (HTTP " + e.getCode() + "): " + e.getResponseBody());
                }
                last = e;
            }
        }
        throw new IOException("Enrolment kept failing: " + (last == null ? "" : "HTTP " + last.getCode()));
    }

    /** Captures, checks and seals an incident without touching the network, as an officer with no signal would. */
    public UUID captureAndSeal(DomesticAbuseIncident incident) throws IOException, GeneralSecurityException {
        passes(new CaptureCheck(clock).problems(incident));
        return captureAndSeal(DomesticAbuseIncidents.KIND, DomesticAbuseIncidents.toJson(incident));
    }

    /** Captures, checks and seals an early help visit without touching the network. */
    public UUID captureAndSeal(EarlyHelpVisit visit) throws IOException, GeneralSecurityException {
        passes(new CaptureCheck(clock).problems(visit));
        return captureAndSeal(EarlyHelpVisits.KIND, EarlyHelpVisits.toJson(visit));
    }

    /** Captures, checks and seals a "child returned" notice; its submission id becomes the task's id. */
    public UUID captureAndSeal(ChildReturned notice) throws IOException, GeneralSecurityException {
        passes(new CaptureCheck(clock).problems(notice));
        return captureAndSeal(ChildReturnedNotices.KIND, ChildReturnedNotices.toJson(notice));
    }

    /** Captures, checks against its task and seals a return home interview without touching the network. */
    public UUID captureAndSeal(ReturnHomeInterview interview, ReturnHomeTask task) throws IOException,
            GeneralSecurityException {
        passes(new CaptureCheck(clock).problems(interview, task));
        return captureAndSeal(ReturnHomeInterviews.KIND, ReturnHomeInterviews.toJson(interview));
    }

    /** The messages name children, so only their count leaves the phone. */
    private static void passes(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The capture would not pass the app's checks (" + problems.size() + " problems)");
        }
    }

    /**
     * Saves a capture of any kind as a draft and seals it, without touching the network. The caller
     * has run that kind's check on it, as the app does before it offers to send.
     */
    public UUID captureAndSeal(String kind, String json) throws IOException, GeneralSecurityException {
        UUID id = outbox.saveDraft(kind, json);
        SubmissionSealer sealer = SubmissionSealer.forIntakeKey(Files.readString(folder.resolve("intake-key.json")));
        outbox.seal(id, sealer, deviceId);
        return id;
    }

    /** The phone is switched off and on: everything in memory goes; the outbox on disk stays. */
    public void restart() {
        store.close();
        open();
    }

    /** Syncs until nothing waits to be sent and the feed is read, or the time is up. */
    public SyncReport syncUntilSettled(Duration patience) {
        Instant giveUp = clock.instant().plus(patience);
        SyncReport report = engine.sync();
        while (!settled(report) && clock.instant().isBefore(giveUp)) {
            pause(report);
            report = engine.sync();
        }
        return report;
    }

    public boolean hasOutcome(UUID submissionId) {
        try {
            return outcomes.of(submissionId).isPresent();
        } catch (UnreadableRecordProblem e) {
            throw new IllegalStateException("An outcome stored on the simulated phone does not decrypt", e);
        }
    }

    public List<UUID> waiting() {
        List<UUID> ids = new ArrayList<>();
        outbox.inState(doorstep.device.outbox.OutboxState.SEALED).forEach(i -> ids.add(i.id()));
        outbox.inState(doorstep.device.outbox.OutboxState.SENT).forEach(i -> ids.add(i.id()));
        return ids;
    }

    private static boolean settled(SyncReport report) {
        return (report.status() == SyncStatus.DONE && report.waiting() == 0)
                || report.status() == SyncStatus.REAUTH_NEEDED || report.status() == SyncStatus.REFUSED
                || report.status() == SyncStatus.DEVICE_REVOKED;
    }

    private void pause(SyncReport report) {
        long millis = report.retryAt() == null ? 50
                : Math.max(10, Math.min(500, Duration.between(clock.instant(), report.retryAt()).toMillis()));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
