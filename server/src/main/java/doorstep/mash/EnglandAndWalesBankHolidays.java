package doorstep.mash;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Bank holidays in England and Wales, computed from the standing rules plus announced one-off changes. */
final class EnglandAndWalesBankHolidays {

    /**
     * One-off changes to the standing rules. They are made by royal proclamation, usually a few months
     * ahead, so they cannot be computed: add each one here when it is announced, or every deadline that
     * crosses it will be a day out.
     */
    private static final List<OneOff> ONE_OFFS = List.of(
            OneOff.moved(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8), "VE Day 75th anniversary"),
            OneOff.moved(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2), "Platinum Jubilee"),
            OneOff.extra(LocalDate.of(2022, 6, 3), "Platinum Jubilee"),
            OneOff.extra(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            OneOff.extra(LocalDate.of(2023, 5, 8), "Coronation of King Charles III"));

    /**
     * The last year whose dates were checked against the published list (gov.uk/bank-holidays) and whose
     * one-offs, if any, were announced. Later years are computed from the standing rules alone, which
     * misses a one-off not yet proclaimed: {@link WorkingDayCalendar} warns when it uses such a year.
     * Move this on each year once gov.uk publishes the next year's dates.
     */
    static final int CONFIRMED_THROUGH = 2027;

    private EnglandAndWalesBankHolidays() {
    }

    /** Whether this year's holidays are known for certain, rather than computed from the standing rules alone. */
    static boolean confirmed(int year) {
        return year <= CONFIRMED_THROUGH;
    }

    static Set<LocalDate> forYear(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        addWithSubstitute(holidays, LocalDate.of(year, Month.JANUARY, 1));
        LocalDate easterSunday = easterSunday(year);
        holidays.add(easterSunday.minusDays(2));
        holidays.add(easterSunday.plusDays(1));
        holidays.add(firstMonday(year, Month.MAY));
        holidays.add(lastMonday(year, Month.MAY));
        holidays.add(lastMonday(year, Month.AUGUST));
        // Christmas must be placed before Boxing Day: when Christmas falls on a Saturday its substitute takes
        // Monday 27th and Boxing Day's is pushed to Tuesday 28th.
        addWithSubstitute(holidays, LocalDate.of(year, Month.DECEMBER, 25));
        addWithSubstitute(holidays, LocalDate.of(year, Month.DECEMBER, 26));
        ONE_OFFS.stream().filter(oneOff -> oneOff.date().getYear() == year).forEach(oneOff -> oneOff.applyTo(holidays));
        return Set.copyOf(holidays);
    }

    /** A holiday on a weekend is observed on the next weekday that is not already a holiday. */
    private static void addWithSubstitute(Set<LocalDate> holidays, LocalDate holiday) {
        LocalDate observed = holiday;
        while (isWeekend(observed) || holidays.contains(observed)) {
            observed = observed.plusDays(1);
        }
        holidays.add(observed);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** A proclaimed change: an extra holiday on {@code date}, replacing {@code replaces} when it was moved. */
    private record OneOff(LocalDate date, LocalDate replaces, String occasion) {

        static OneOff moved(LocalDate from, LocalDate to, String occasion) {
            return new OneOff(to, from, occasion);
        }

        static OneOff extra(LocalDate date, String occasion) {
            return new OneOff(date, null, occasion);
        }

        void applyTo(Set<LocalDate> holidays) {
            if (replaces != null) {
                holidays.remove(replaces);
            }
            holidays.add(date);
        }
    }
}
