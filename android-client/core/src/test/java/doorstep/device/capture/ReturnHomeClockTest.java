package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The 72-hour clock the app shows: real hours, nights and weekends included. */
class ReturnHomeClockTest {

    /** Friday 6 June 2025, 18:00 in England (BST). */
    private static final OffsetDateTime FRIDAY_EVENING = OffsetDateTime.parse("2025-06-06T18:00:00+01:00");

    private final ReturnHomeClock clock72 = ReturnHomeClock.from(FRIDAY_EVENING);

    @Test
    void aReturnOnFridayEveningIsDueOnMondayEvening() {
        assertEquals(OffsetDateTime.parse("2025-06-09T18:00:00+01:00").toInstant(), clock72.dueAt());
    }

    @Test
    void theHoursOverTheClockChangeAreRealHours() {
        ReturnHomeClock beforeSpringForward = ReturnHomeClock.from(OffsetDateTime.parse("2025-03-29T12:00:00Z"));

        assertEquals(Instant.parse("2025-04-01T12:00:00Z"), beforeSpringForward.dueAt());
    }

    @Test
    void timeLeftCountsDownAndGoesNegativeOnceLate() {
        MovableClock now = new MovableClock(FRIDAY_EVENING.toInstant());
        assertEquals(Duration.ofHours(72), clock72.timeLeft(now));

        now.advance(Duration.ofHours(70));
        assertEquals(Duration.ofHours(2), clock72.timeLeft(now));
        assertFalse(clock72.isLate(now));

        now.advance(Duration.ofHours(3));
        assertEquals(Duration.ofHours(-1), clock72.timeLeft(now));
        assertTrue(clock72.isLate(now));
    }

    @Test
    void theDueMomentItselfIsNotLate() {
        assertFalse(clock72.isLateAt(clock72.dueAt()));
        assertTrue(clock72.isLateAt(clock72.dueAt().plusSeconds(1)));
    }
}
