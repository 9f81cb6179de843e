package doorstep.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them ("3 December 2026", "3 December 2026 at 2:05pm"), in the MASH's own time zone. */
final class LondonTime {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

    private LondonTime() {
    }

    static String on(LocalDate date) {
        return DAY.format(date);
    }

    static String at(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return DAY.format(local) + " at " + CLOCK.format(local) + (local.getHour() < 12 ? "am" : "pm");
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }
}
