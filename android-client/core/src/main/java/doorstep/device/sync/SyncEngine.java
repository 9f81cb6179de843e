package doorstep.device.sync;

import doorstep.device.api.FeedApi;
import doorstep.device.api.SubmissionsApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.api.client.ApiException;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * One sync run: push what is due, then read the feed. Safe to run again at any point, because the
 * server dedupes by submission id and the feed resumes from its stored cursor.
 */
public final class SyncEngine {

    private final ApiClient client;
    private final TokenSource tokens;
    private final Outbox outbox;
    private final SyncListener listener;
    private final Clock clock;
    private final Pusher pusher;
    private final Puller puller;

    /** @param client the generated API client, its base path set; this engine sets its bearer token each run */
    public SyncEngine(ApiClient client, TokenSource tokens, Outbox outbox, OutboxStore store, ReferralOutcomes outcomes,
            UUID deviceId, SyncListener listener, Backoff backoff, Clock clock) {
        this(client, tokens, outbox, store, outcomes, deviceId, listener, backoff, clock, new Random());
    }

    SyncEngine(ApiClient client, TokenSource tokens, Outbox outbox, OutboxStore store, ReferralOutcomes outcomes,
            UUID deviceId, SyncListener listener, Backoff backoff, Clock clock, Random random) {
        this.client = client;
        this.tokens = tokens;
        this.outbox = outbox;
        this.listener = listener;
        this.clock = clock;
        this.pusher = new Pusher(new SubmissionsApi(client), outbox, deviceId, backoff, random, listener);
        this.puller = new Puller(new FeedApi(client), store, outcomes, outcomes.taskNotices(), listener, deviceId);
    }

    public SyncReport sync() {
        SyncReport report = run();
        listener.onReport(report);
        return report;
    }

    private SyncReport run() {
        String token;
        try {
            token = tokens.idToken();
        } catch (IOException e) {
            return report(PushTally.start().failed(SyncStatus.RETRY_LATER, "Could not get a sign-in token just now."));
        }
        if (token == null || token.isBlank()) {
            return report(PushTally.start().failed(SyncStatus.REAUTH_NEEDED, "Nobody is signed in on this phone."));
        }
        client.setBearerToken(token);
        PushTally pushed = pusher.push(clock.instant());
        if (pushed.status() != SyncStatus.DONE) {
            return report(pushed);
        }
        try {
            puller.pull();
        } catch (ApiException e) {
            CallFailure failure = CallFailure.of(e);
            return report(pushed.failed(failure.status(), CallFailure.describe(e)));
        }
        return report(pushed);
    }

    private SyncReport report(PushTally tally) {
        int waiting = outbox.inState(OutboxState.SEALED).size() + outbox.inState(OutboxState.SENT).size();
        Instant retryAt = outbox.nextAttemptAt().orElse(null);
        SyncStatus status = tally.status() == SyncStatus.DONE && waiting > 0 ? SyncStatus.RETRY_LATER : tally.status();
        return new SyncReport(status, tally.receipted(), tally.rejected(), waiting, tally.problem(), retryAt);
    }
}
