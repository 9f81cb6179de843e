package doorstep.bench.week;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The server's {@link Clock} during a simulated week: time stands still until the simulation moves it
 * to the next event, so every "now" the server reads (claimed at, decided at, audit times) is simulated time.
 */
final class SimulatedClock extends Clock {

    private volatile Instant now;

    SimulatedClock(Instant start) {
        this.now = start;
    }

    void moveTo(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalStateException("The simulated clock only moves forward, not from " + now + " to " + instant);
        }
        now = instant;
    }

    /** Back to the start for the next run, which simulates the same stretch of time in a tenant of its own. */
    void rewindTo(Instant start) {
        now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same simulated time read in another zone (the server asks for England's dates this way). */
    @Override
    public Clock withZone(ZoneId zone) {
        SimulatedClock simulated = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return simulated.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return simulated.withZone(other);
            }
        };
    }
}
