package doorstep.field.returnhome;

import doorstep.device.capture.ReturnHomeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The 72-hour clock in a few words: "Due in 14 h", "3 h late", and when it is due. */
public final class ClockLine {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

    private ClockLine() {
    }

    public static String of(ReturnHomeClock returnClock, Clock clock) {
        Duration left = returnClock.timeLeft(clock);
        return returnClock.isLate(clock) ? amount(left.negated()) + " late" : "Due in " + amount(left);
    }

    public static String dueAt(ReturnHomeClock returnClock, Clock clock) {
        return "Due by " + DUE.format(returnClock.dueAt().atZone(clock.getZone())) + ", 72 hours after the return.";
    }

    /** Whole hours, or minutes under an hour, rounded down. */
    private static String amount(Duration duration) {
        return duration.toHours() >= 1 ? duration.toHours() + " h" : duration.toMinutes() + " min";
    }
}
