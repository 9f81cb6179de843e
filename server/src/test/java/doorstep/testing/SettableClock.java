package doorstep.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in a test that moves time itself: it stands still until set or advanced.
 * Switched on for a test's server by {@link #PROPERTY} (see {@link SettableClockFactory}).
 */
public final class SettableClock extends Clock {

    /** Give this property the value {@code settable} to run the server on a settable clock. */
    public static final String PROPERTY = "doorstep.test.clock";

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SettableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration amount) {
        now.updateAndGet(instant -> instant.plus(amount));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same settable time, seen in another zone (the server reads "today" in England). */
    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now, other);
    }
}
