package doorstep.console;

import java.time.Duration;
import java.time.Instant;

/**
 * The time to a deadline in words for a tired reader: the two largest units, rounded down
 * ("2 hours 10 minutes left", "overdue by 1 day 3 hours"), "less than a minute" under a minute.
 */
final class TimeLeft {

    private TimeLeft() {
    }

    static String until(Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return "overdue by " + words(left.negated());
        }
        return words(left) + " left";
    }

    private static String words(Duration span) {
        long days = span.toDays();
        long hours = span.toHoursPart();
        long minutes = span.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? unit(days, "day") + " " + unit(hours, "hour") : unit(days, "day");
        }
        if (hours > 0) {
            return minutes > 0 ? unit(hours, "hour") + " " + unit(minutes, "minute") : unit(hours, "hour");
        }
        return minutes > 0 ? unit(minutes, "minute") : "less than a minute";
    }

    private static String unit(long count, String name) {
        return count + " " + name + (count == 1 ? "" : "s");
    }
}
