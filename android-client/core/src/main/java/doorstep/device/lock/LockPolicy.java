package doorstep.device.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the app asks for the PIN again: at start, after five minutes without a touch, and as soon as
 * it goes to the background from a screen that shows a child's data. Held in memory, so a new
 * process always starts locked.
 */
public final class LockPolicy {

    public static final Duration IDLE_LIMIT = Duration.ofMinutes(5);

    private final Clock clock;
    private boolean locked = true;
    private Instant lastTouch;

    public LockPolicy(Clock clock) {
        this.clock = clock;
        this.lastTouch = clock.instant();
    }

    public synchronized boolean isLocked() {
        if (!locked && !clock.instant().isBefore(lastTouch.plus(IDLE_LIMIT))) {
            locked = true;
        }
        return locked;
    }

    /** The officer touched the screen: the five minutes start again, unless already locked. */
    public synchronized void touched() {
        if (!isLocked()) {
            lastTouch = clock.instant();
        }
    }

    public synchronized void unlocked() {
        locked = false;
        lastTouch = clock.instant();
    }

    /** The app left the screen; {@code showedChildData} says whether that screen showed a child's data. */
    public synchronized void wentToBackground(boolean showedChildData) {
        if (showedChildData) {
            locked = true;
        }
    }
}
