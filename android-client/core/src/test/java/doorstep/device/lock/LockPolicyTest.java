package doorstep.device.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockPolicyTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T02:00:00Z"));
    private final LockPolicy lock = new LockPolicy(clock);

    @Test
    void theAppStartsLocked() {
        assertTrue(lock.isLocked());
    }

    @Test
    void fiveMinutesWithoutATouchLocksTheApp() {
        lock.unlocked();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertFalse(lock.isLocked());

        clock.advance(Duration.ofSeconds(1));

        assertTrue(lock.isLocked());
    }

    @Test
    void eachTouchStartsTheFiveMinutesAgain() {
        lock.unlocked();
        clock.advance(Duration.ofMinutes(4));
        lock.touched();
        clock.advance(Duration.ofMinutes(4));

        assertFalse(lock.isLocked());
    }

    @Test
    void aTouchAfterTheLimitDoesNotUnlock() {
        lock.unlocked();
        clock.advance(Duration.ofMinutes(6));
        lock.touched();

        assertTrue(lock.isLocked());
    }

    @Test
    void goingToTheBackgroundFromAChildsDataLocksAtOnce() {
        lock.unlocked();

        lock.wentToBackground(true);

        assertTrue(lock.isLocked());
    }

    @Test
    void goingToTheBackgroundFromAScreenWithoutAChildsDataDoesNotLock() {
        lock.unlocked();

        lock.wentToBackground(false);

        assertFalse(lock.isLocked());
    }
}
