package doorstep.mash;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days (Monday to Friday, not a bank holiday in England and Wales) and working hours (a daily
 * window in local time), for timing deadlines that only run while the office is open.
 */
public final class WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime NINE_AM = LocalTime.of(9, 0);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(ZoneId zone, LocalTime opens, LocalTime closes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.closes = Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "Working hours must open before they close, but opens " + opens + " and closes " + closes);
        }
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(LONDON, NINE_AM, FIVE_PM);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !bankHolidaysByYear.computeIfAbsent(date.getYear(), WorkingDayCalendar::bankHolidaysIn)
                        .contains(date);
    }

    /**
     * A year past the confirmed list is extended by the standing rules rather than refused, so a
     * contact still gets a deadline, but never silently: every calendar that reaches it says so.
     */
    private static Set<LocalDate> bankHolidaysIn(int year) {
        if (!EnglandAndWalesBankHolidays.confirmed(year)) {
            LOG.warn("Bank holidays for {} are not confirmed: deadlines that reach {} count the standing England "
                    + "and Wales bank holidays only. Check gov.uk/bank-holidays for one-off holidays and update "
                    + "EnglandAndWalesBankHolidays (confirmed through {}).", year, year,
                    EnglandAndWalesBankHolidays.CONFIRMED_THROUGH);
        }
        return EnglandAndWalesBankHolidays.forYear(year);
    }

    /** The moment {@code amount} of working time has elapsed, the clock running only inside working hours. */
    public Instant addWorkingHours(Instant receivedAt, Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative, but was " + amount);
        }
        ZonedDateTime cursor = clockStartsAt(receivedAt);
        Duration remaining = amount;
        while (true) {
            ZonedDateTime closing = closingOn(cursor.toLocalDate());
            Duration leftToday = Duration.between(cursor, closing);
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(leftToday);
            cursor = openingOn(nextWorkingDayAfter(cursor.toLocalDate()));
        }
    }

    /**
     * The same local time of day on the {@code days}-th working day after the clock starts. Unlike
     * {@link #addWorkingHours}, a clock that starts at opening ends at the next opening rather than the
     * previous closing: "one working day from Monday morning" is read as Tuesday morning.
     */
    public Instant addWorkingDays(Instant receivedAt, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative, but was " + days);
        }
        ZonedDateTime start = clockStartsAt(receivedAt);
        LocalDate date = start.toLocalDate();
        for (int added = 0; added < days; added++) {
            date = nextWorkingDayAfter(date);
        }
        return ZonedDateTime.of(date, start.toLocalTime(), zone).toInstant();
    }

    /** Receipt outside working hours counts as receipt at the next opening. */
    private ZonedDateTime clockStartsAt(Instant receivedAt) {
        ZonedDateTime received = Objects.requireNonNull(receivedAt, "receivedAt").atZone(zone);
        LocalDate day = received.toLocalDate();
        if (isWorkingDay(day)) {
            LocalTime time = received.toLocalTime();
            if (time.isBefore(opens)) {
                return openingOn(day);
            }
            if (time.isBefore(closes)) {
                return received;
            }
        }
        return openingOn(nextWorkingDayAfter(day));
    }

    private LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private ZonedDateTime openingOn(LocalDate date) {
        return ZonedDateTime.of(date, opens, zone);
    }

    private ZonedDateTime closingOn(LocalDate date) {
        return ZonedDateTime.of(date, closes, zone);
    }
}
