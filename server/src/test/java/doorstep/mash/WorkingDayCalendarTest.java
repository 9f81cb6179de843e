package doorstep.mash;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void weekdayIsAWorkingDay() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-02-02")));
    }

    @Test
    void weekendIsNotAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-02-07")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-02-08")));
    }

    @Test
    void bankHolidayIsNotAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-05-25")));
    }

    @Test
    void redReceivedInTheMorningIsDueTheSameDay() {
        assertEquals(london("2026-02-02T14:30"), calendar.addWorkingHours(london("2026-02-02T10:30"), FOUR_HOURS));
    }

    @Test
    void redReceivedLateAfternoonRunsIntoNextMorning() {
        assertEquals(london("2026-02-03T12:00"), calendar.addWorkingHours(london("2026-02-02T16:00"), FOUR_HOURS));
    }

    @Test
    void redReceivedBeforeOpeningStartsAtOpening() {
        assertEquals(london("2026-02-03T13:00"), calendar.addWorkingHours(london("2026-02-03T07:30"), FOUR_HOURS));
    }

    @Test
    void redReceivedFridayEveningRunsFromMondayOpening() {
        assertEquals(london("2026-02-09T13:00"), calendar.addWorkingHours(london("2026-02-06T20:00"), FOUR_HOURS));
    }

    @Test
    void redReceivedBeforeBankHolidayMondayRunsFromTuesdayOpening() {
        assertEquals(london("2026-05-26T13:00"), calendar.addWorkingHours(london("2026-05-22T20:00"), FOUR_HOURS));
    }

    @Test
    void redReceivedOnSaturdayStartsAtMondayOpening() {
        assertEquals(london("2026-02-09T13:00"), calendar.addWorkingHours(london("2026-02-07T10:00"), FOUR_HOURS));
    }

    @Test
    void workingTimeEndingExactlyAtClosingIsDueAtClosing() {
        assertEquals(london("2026-02-02T17:00"),
                calendar.addWorkingHours(london("2026-02-02T16:00"), Duration.ofHours(1)));
    }

    @Test
    void receiptAtClosingTimeCountsAsReceiptAtNextOpening() {
        assertEquals(london("2026-02-03T10:00"),
                calendar.addWorkingHours(london("2026-02-02T17:00"), Duration.ofHours(1)));
    }

    @Test
    void noWorkingTimeOutsideHoursIsDueAtNextOpening() {
        assertEquals(london("2026-02-09T09:00"), calendar.addWorkingHours(london("2026-02-07T10:00"), Duration.ZERO));
    }

    @Test
    void amberIsDueAtTheSameTimeNextWorkingDay() {
        assertEquals(london("2026-02-03T10:00"), calendar.addWorkingDays(london("2026-02-02T10:00"), 1));
    }

    @Test
    void amberOverChristmasSkipsBankHolidays() {
        assertEquals(london("2026-12-29T10:00"), calendar.addWorkingDays(london("2026-12-24T10:00"), 1));
    }

    @Test
    void amberReceivedAtWeekendCountsFromMondayOpening() {
        assertEquals(london("2026-02-10T09:00"), calendar.addWorkingDays(london("2026-02-07T02:00"), 1));
    }

    @Test
    void amberReceivedAfterClosingCountsFromNextOpening() {
        assertEquals(london("2026-02-05T09:00"), calendar.addWorkingDays(london("2026-02-03T17:30"), 1));
    }

    @Test
    void workingDaysAreWholeWorkingDaysOfHoursWhenReceivedDuringHours() {
        Instant received = london("2026-03-11T11:15");

        assertEquals(calendar.addWorkingHours(received, Duration.ofHours(8 * 3)), calendar.addWorkingDays(received, 3));
    }

    @Test
    void clockChangeDayKeepsLocalWorkingHoursInSpring() {
        // Sunday 29 March 2026: GMT to BST, so Monday's 10:00 local is 09:00 UTC.
        Instant due = calendar.addWorkingHours(Instant.parse("2026-03-27T16:00:00Z"), Duration.ofHours(2));

        assertEquals(Instant.parse("2026-03-30T09:00:00Z"), due);
    }

    @Test
    void clockChangeDayKeepsLocalWorkingHoursInAutumn() {
        // Sunday 25 October 2026: BST to GMT, so Friday's 16:00 local is 15:00 UTC and Monday's 10:00 is 10:00 UTC.
        Instant due = calendar.addWorkingHours(Instant.parse("2026-10-23T15:00:00Z"), Duration.ofHours(2));

        assertEquals(Instant.parse("2026-10-26T10:00:00Z"), due);
    }

    @Test
    void amberAcrossClockChangeKeepsLocalTimeOfDay() {
        Instant due = calendar.addWorkingDays(Instant.parse("2026-03-27T10:00:00Z"), 1);

        assertEquals(Instant.parse("2026-03-30T09:00:00Z"), due);
    }

    @Test
    void receiptInTheSkippedHourOfTheClockChangeStartsAtMondayOpening() {
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                calendar.addWorkingHours(Instant.parse("2026-03-29T01:30:00Z"), Duration.ZERO));
    }

    @Test
    void customZoneAndHoursAreHonoured() {
        WorkingDayCalendar utcEarlyShift =
                new WorkingDayCalendar(ZoneId.of("UTC"), LocalTime.of(8, 0), LocalTime.of(16, 0));

        assertEquals(Instant.parse("2026-02-03T09:00:00Z"),
                utcEarlyShift.addWorkingHours(Instant.parse("2026-02-02T15:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void workingHoursMustOpenBeforeTheyClose() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(LONDON, LocalTime.of(17, 0), LocalTime.of(9, 0)));

        assertTrue(thrown.getMessage().contains("open before they close"), thrown.getMessage());
    }

    @Test
    void negativeWorkingTimeIsRejected() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> calendar.addWorkingHours(london("2026-02-02T10:00"), Duration.ofHours(-1)));

        assertTrue(thrown.getMessage().contains("must not be negative"), thrown.getMessage());
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> calendar.addWorkingDays(london("2026-02-02T10:00"), -1));

        assertTrue(thrown.getMessage().contains("must not be negative"), thrown.getMessage());
    }

    @Test
    void decadesOfWorkingTimeAreComputedQuickly() {
        Instant received = london("2026-02-02T10:00");

        Instant due = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> calendar.addWorkingHours(received, Duration.ofHours(8L * 5_000)));

        assertEquals(calendar.addWorkingDays(received, 5_000), due);
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void aYearPastTheConfirmedBankHolidaysStillHasADeadlineButSaysSoLoudly() {
        int unconfirmed = EnglandAndWalesBankHolidays.CONFIRMED_THROUGH + 1;
        ListAppender<ILoggingEvent> log = listening();
        Instant christmasEve = LocalDateTime.of(unconfirmed, 12, 24, 15, 0).atZone(LONDON).toInstant();

        Instant due = WorkingDayCalendar.englandAndWales().addWorkingHours(christmasEve, FOUR_HOURS);

        assertTrue(due.isAfter(christmasEve));
        assertTrue(log.list.stream().anyMatch(event -> event.getLevel() == Level.WARN
                        && event.getFormattedMessage().contains("Bank holidays for " + unconfirmed + " are not confirmed")),
                "a deadline on a calendar past its confirmed years is never computed silently");
        stopListening(log);
    }

    @Test
    void aConfirmedYearIsUsedWithoutWarning() {
        ListAppender<ILoggingEvent> log = listening();

        WorkingDayCalendar.englandAndWales().addWorkingHours(london("2027-12-24T15:00"), FOUR_HOURS);

        assertTrue(log.list.stream().noneMatch(event -> event.getLevel() == Level.WARN));
        stopListening(log);
    }

    private static ListAppender<ILoggingEvent> listening() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(WorkingDayCalendar.class)).addAppender(appender);
        return appender;
    }

    private static void stopListening(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(WorkingDayCalendar.class)).detachAppender(appender);
    }
}
