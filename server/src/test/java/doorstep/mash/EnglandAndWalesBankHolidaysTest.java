package doorstep.mash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Expected lists are the published GOV.UK bank holidays for England and Wales. */
class EnglandAndWalesBankHolidaysTest {

    @Test
    void matchesPublished2022ListWithJubileeAndStateFuneral() {
        assertEquals(dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
                "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"),
                EnglandAndWalesBankHolidays.forYear(2022));
    }

    @Test
    void matchesPublished2023ListWithCoronation() {
        assertEquals(dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
                "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"), EnglandAndWalesBankHolidays.forYear(2023));
    }

    @Test
    void matchesPublished2024List() {
        assertEquals(dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
                "2024-08-26", "2024-12-25", "2024-12-26"), EnglandAndWalesBankHolidays.forYear(2024));
    }

    @Test
    void matchesPublished2025List() {
        assertEquals(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
                "2025-08-25", "2025-12-25", "2025-12-26"), EnglandAndWalesBankHolidays.forYear(2025));
    }

    @Test
    void matchesPublished2026List() {
        assertEquals(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                "2026-08-31", "2026-12-25", "2026-12-28"), EnglandAndWalesBankHolidays.forYear(2026));
    }

    @Test
    void matchesPublished2027List() {
        assertEquals(dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
                "2027-08-30", "2027-12-27", "2027-12-28"), EnglandAndWalesBankHolidays.forYear(2027));
    }

    @Test
    void theListIsConfirmedThrough2027AndLaterYearsComeFromTheStandingRulesAlone() {
        assertTrue(EnglandAndWalesBankHolidays.confirmed(2027));
        assertFalse(EnglandAndWalesBankHolidays.confirmed(2028));
        assertEquals(dates("2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
                "2028-08-28", "2028-12-25", "2028-12-26"), EnglandAndWalesBankHolidays.forYear(2028));
    }

    @Test
    void veDayMovedTheEarlyMayHolidayIn2020() {
        Set<LocalDate> holidays = EnglandAndWalesBankHolidays.forYear(2020);

        assertTrue(holidays.contains(LocalDate.parse("2020-05-08")));
        assertFalse(holidays.contains(LocalDate.parse("2020-05-04")));
    }

    @Test
    void christmasOnSaturdayIsObservedOnMondayAndBoxingDayOnTuesday() {
        Set<LocalDate> holidays = EnglandAndWalesBankHolidays.forYear(2021);

        assertTrue(holidays.containsAll(dates("2021-12-27", "2021-12-28")));
        assertFalse(holidays.contains(LocalDate.parse("2021-12-25")));
    }

    @Test
    void christmasOnSundayIsObservedOnTuesdayAfterBoxingDayMonday() {
        Set<LocalDate> holidays = EnglandAndWalesBankHolidays.forYear(2022);

        assertTrue(holidays.containsAll(dates("2022-12-26", "2022-12-27")));
        assertFalse(holidays.contains(LocalDate.parse("2022-12-25")));
    }

    @Test
    void boxingDayOnSaturdayIsObservedOnMonday() {
        Set<LocalDate> holidays = EnglandAndWalesBankHolidays.forYear(2026);

        assertTrue(holidays.contains(LocalDate.parse("2026-12-28")));
        assertFalse(holidays.contains(LocalDate.parse("2026-12-26")));
    }

    @Test
    void newYearsDayOnSundayIsObservedOnMonday() {
        assertTrue(EnglandAndWalesBankHolidays.forYear(2023).contains(LocalDate.parse("2023-01-02")));
    }

    @Test
    void easterSundayFollowsTheGregorianComputus() {
        assertEquals(LocalDate.parse("2019-04-21"), EnglandAndWalesBankHolidays.easterSunday(2019));
        assertEquals(LocalDate.parse("2038-04-25"), EnglandAndWalesBankHolidays.easterSunday(2038));
        assertEquals(LocalDate.parse("2285-03-22"), EnglandAndWalesBankHolidays.easterSunday(2285));
    }

    private static Set<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
