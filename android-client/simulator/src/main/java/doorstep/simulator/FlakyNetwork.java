package doorstep.simulator;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A poor doorstep signal: drops a call before it reaches the server, or lets the server act and
 * then loses the answer, which is what makes the device push the same submission twice.
 */
public final class FlakyNetwork implements Interceptor {

    private final Random random;
    private final double dropRate;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean online = true;
    private final AtomicInteger answersToLose = new AtomicInteger();

    public FlakyNetwork(long seed, double dropRate) {
        this.random = new Random(seed);
        this.dropRate = dropRate;
    }

    public void goOffline() {
        online = false;
    }

    public void goOnline() {
        online = true;
    }

    /** The next call reaches the server, which acts on it; its answer never reaches the phone. */
    public void loseNextAnswer() {
        answersToLose.incrementAndGet();
    }

    int dropped() {
        return dropped.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!online) {
            throw new IOException("no signal (simulated)");
        }
        if (chance()) {
            dropped.incrementAndGet();
            throw new IOException("connection dropped before the request was sent (simulated)");
        }
        Response response = chain.proceed(chain.request());
        if (answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || chance()) {
            response.close();
            dropped.incrementAndGet();
            throw new IOException("connection dropped before the answer arrived (simulated)");
        }
        return response;
    }

    private boolean chance() {
        synchronized (random) {
            return random.nextDouble() < dropRate;
        }
    }
}
