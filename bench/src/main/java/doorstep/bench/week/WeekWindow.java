package doorstep.bench.week;

import doorstep.mash.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The simulated stretch of time: a warm-up (contacts arrive and are worked, so the week starts with the
 * backlog a running front door carries, but they are not reported), the reported week from Monday
 * 00:00 in London, then arrivals and work carry on until the last of the week's contacts falls due.
 */
record WeekWindow(ZonedDateTime warmUpStart, ZonedDateTime weekStart, ZonedDateTime weekEnd) {

    /** Arrivals are drawn this far past the week; the run stops earlier, at the week's last deadline. */
    static final Duration AFTER_THE_WEEK = Duration.ofDays(14);

    static WeekWindow startingOn(LocalDate monday, int warmUpDays) {
        ZonedDateTime start = monday.atStartOfDay(ArrivalProfile.LONDON);
        return new WeekWindow(start.minusDays(warmUpDays), start, start.plusWeeks(1));
    }

    /** One day-shift triager's hours in the reported week: eight on each working day. */
    double dayShiftHours() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        return 8.0 * weekStart.toLocalDate().datesUntil(weekEnd.toLocalDate()).filter(calendar::isWorkingDay).count();
    }

    Instant arrivalsEnd() {
        return weekEnd.toInstant().plus(AFTER_THE_WEEK);
    }
}
