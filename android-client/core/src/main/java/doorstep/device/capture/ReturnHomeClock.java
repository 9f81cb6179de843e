package doorstep.device.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The 72-hour clock a child's return starts: the return home interview is due 72 real hours after
 * the return, nights and weekends included (not working hours), as the server counts it.
 */
public record ReturnHomeClock(Instant returnedAt) {

    public static final Duration ALLOWED = Duration.ofHours(72);

    public static ReturnHomeClock from(OffsetDateTime returnedAt) {
        return new ReturnHomeClock(returnedAt.toInstant());
    }

    public Instant dueAt() {
        return returnedAt.plus(ALLOWED);
    }

    /** The time left until the interview is due; negative once it is late. */
    public Duration timeLeft(Clock clock) {
        return Duration.between(clock.instant(), dueAt());
    }

    public boolean isLate(Clock clock) {
        return isLateAt(clock.instant());
    }

    /** An interview at {@code at} is late (and must say why) when it is more than 72 hours after the return. */
    public boolean isLateAt(Instant at) {
        return at.isAfter(dueAt());
    }
}
