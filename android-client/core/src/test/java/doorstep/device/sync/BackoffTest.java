package doorstep.device.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant START = Instant.parse("2025-03-14T01:30:00Z");

    @Test
    void delayDoublesUntilTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(3), 0, 10, Duration.ofDays(1));
        Random random = new Random(1);

        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1, random));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2, random));
        assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3, random));
        assertEquals(Duration.ofMinutes(3), backoff.delayAfter(4, random));
        assertEquals(Duration.ofMinutes(3), backoff.delayAfter(400, random));
    }

    @Test
    void jitterSpreadsDelaysWithinTheirBounds() {
        Backoff backoff = Backoff.standard();
        Random random = new Random(3);

        for (int i = 0; i < 1000; i++) {
            long millis = backoff.delayAfter(2, random).toMillis();
            assertTrue(millis >= 48_000 && millis <= 72_000, () -> millis + " ms");
        }
    }

    @Test
    void jobStopsAfterItsAttemptsOrLifespan() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 0.2, 3, Duration.ofHours(6));

        assertTrue(backoff.allows(3, START, START.plusSeconds(60)));
        assertFalse(backoff.allows(4, START, START.plusSeconds(60)));
        assertFalse(backoff.allows(2, START, START.plus(Duration.ofHours(6))));
    }

    @Test
    void jitterOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, 3, Duration.ofHours(1)));
    }
}
