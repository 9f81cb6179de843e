package doorstep.device.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Exponential backoff with jitter, and the limits after which a sync job stops retrying.
 *
 * @param jitter the fraction, 0 to 1, by which each delay is randomly spread either way, so phones
 *     that lost signal together do not all come back at once
 */
public record Backoff(Duration initialDelay, Duration maxDelay, double jitter, int maxAttempts, Duration lifespan) {

    public Backoff {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initialDelay <= maxDelay");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("Backoff jitter is a fraction between 0 and 1, not " + jitter);
        }
        if (maxAttempts < 1 || lifespan.isNegative() || lifespan.isZero()) {
            throw new IllegalArgumentException("Backoff needs at least one attempt and a positive lifespan");
        }
    }

    /** 30 s doubling to an hour, for up to 20 attempts within a week. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 0.2, 20, Duration.ofDays(7));
    }

    /** How long to wait after the {@code failedAttempts}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failedAttempts, Random random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long base = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << doublings);
        double spread = 1 - jitter + 2 * jitter * random.nextDouble();
        return Duration.ofMillis(Math.round(base * spread));
    }

    /** Whether attempt number {@code attempt} may still run for a job first tried at {@code firstTriedAt}. */
    public boolean allows(int attempt, Instant firstTriedAt, Instant now) {
        return attempt <= maxAttempts && now.isBefore(firstTriedAt.plus(lifespan));
    }
}
