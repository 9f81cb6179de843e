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
final class FlakyNetwork implements Interceptor {

    private final Random random;
    private final double dropRate;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean online = true;

    FlakyNetwork(long seed, double dropRate) {
        this.random = new Random(seed);
        this.dropRate = dropRate;
    }

    void goOffline() {
        online = false;
    }

    void goOnline() {
        online = true;
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
        if (chance()) {
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
