package doorstep.simulator;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times every push the phones make, as the phone sees it (from sending to the whole answer), and
 * counts server errors, whole pushes refused as busy (503, nothing stored) and calls the phone
 * gave up on: what a load run reports.
 */
final class PushTimer implements Interceptor {

    private final List<Long> millis = new ArrayList<>();
    private int serverErrors;
    private int busy;
    private int timeouts;

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!chain.request().url().encodedPath().endsWith("/v1/submissions")) {
            return chain.proceed(chain.request());
        }
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(chain.request());
            // The body is read by the caller after this returns; peeking it here times the whole answer.
            Response timed = response.newBuilder().body(response.peekBody(Long.MAX_VALUE)).build();
            response.close();
            record(start, timed.code());
            return timed;
        } catch (InterruptedIOException timedOut) {
            synchronized (this) {
                timeouts++;
            }
            throw timedOut;
        }
    }

    private synchronized void record(long start, int status) {
        millis.add((System.nanoTime() - start) / 1_000_000);
        if (status == 503) {
            busy++;
        } else if (status >= 500) {
            serverErrors++;
        }
    }

    synchronized String summary() {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return String.format(Locale.ROOT, "pushes=%d p50=%dms p99=%dms max=%dms 5xx=%d busy503=%d timeouts=%d",
                sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), serverErrors, busy, timeouts);
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(fraction * sorted.size()) - 1);
    }
}
