package doorstep.device.sync;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * How much one push carries and how long the phone waits for its answer, sized from the server's
 * measured behaviour (issue 9, item 15). The server works on a push for at most {@link #SERVER_BUDGET}
 * (api-spec/doorstep.yaml) and answers items it did not reach as busy-retry; the phone waits that
 * long plus the slowest single item, so it never gives up on a push the server completes and sends
 * stored work again. A batch is sized to finish well inside the budget under load.
 */
public final class PushLimits {

    /** Items per push: under load (200 phones) the server stores a push of 25 in a few seconds. */
    public static final int BATCH_ITEMS = 25;
    /** The server's documented time budget for one push ({@code doorstep.sync.push-budget}). */
    public static final Duration SERVER_BUDGET = Duration.ofSeconds(20);
    /** The budget plus the slowest item seen under load, with room to spare. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(45);
    /** Per write: a 4 MiB push over a poor signal is sent in several writes, each well under this. */
    public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private PushLimits() {
    }

    /** The builder with these timeouts; every client that syncs (the app's, the simulator's) is built through it. */
    public static OkHttpClient.Builder timeouts(OkHttpClient.Builder builder) {
        return builder.connectTimeout(CONNECT_TIMEOUT).writeTimeout(WRITE_TIMEOUT).readTimeout(READ_TIMEOUT);
    }
}
