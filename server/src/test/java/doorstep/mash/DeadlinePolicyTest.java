package doorstep.mash;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadlinePolicyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DeadlineConfiguration STANDARD = new DeadlineConfiguration(4, 1, 3);

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    @Test
    void redIsDueFourWorkingHoursAfterReceipt() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of());

        assertEquals(london("2026-11-24T14:00"), policy.dueAt("any-la", RagRating.RED, london("2026-11-24T10:00")));
    }

    @Test
    void redReceivedAtNightIsDueByMidMorningOfTheNextWorkingDay() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of());

        assertEquals(london("2026-11-30T13:00"), policy.dueAt("any-la", RagRating.RED, london("2026-11-28T02:00")));
    }

    @Test
    void amberIsDueOneWorkingDayLaterSkippingTheChristmasBankHolidays() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of());

        assertEquals(london("2026-12-29T10:00"), policy.dueAt("any-la", RagRating.AMBER, london("2026-12-24T10:00")));
    }

    @Test
    void greenIsDueThreeWorkingDaysLater() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of());

        assertEquals(london("2026-11-30T11:00"), policy.dueAt("any-la", RagRating.GREEN, london("2026-11-25T11:00")));
    }

    @Test
    void tenantWithItsOwnDeadlinesUsesThemAndOthersKeepTheDefaults() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD,
                List.of(new TenantDeadlineConfiguration("strict-la", 2, 1, 2, null)));

        assertEquals(london("2026-11-24T12:00"), policy.dueAt("strict-la", RagRating.RED, london("2026-11-24T10:00")));
        assertEquals(london("2026-11-24T14:00"), policy.dueAt("other-la", RagRating.RED, london("2026-11-24T10:00")));
    }

    @Test
    void redReceivedFridayAtFourIsDueMondayAtNoon() {
        assertEquals(london("2026-11-30T12:00"), standard().dueAt("any-la", RagRating.RED, london("2026-11-27T16:00")));
    }

    @Test
    void redReceivedOnSaturdayIsDueMondayAtOne() {
        assertEquals(london("2026-11-30T13:00"), standard().dueAt("any-la", RagRating.RED, london("2026-11-28T11:30")));
    }

    @Test
    void redAcrossChristmas2026WaitsForBoxingDaysSubstituteMonday() {
        // Christmas Day is Friday 25th; Boxing Day, a Saturday, is observed on Monday 28th.
        assertEquals(london("2026-12-29T11:00"), standard().dueAt("any-la", RagRating.RED, london("2026-12-24T15:00")));
    }

    @Test
    void redAcrossChristmas2027SkipsBothSubstituteDays() {
        // Christmas and Boxing Day fall on the weekend and are observed on Monday 27th and Tuesday 28th.
        assertEquals(london("2027-12-29T11:00"), standard().dueAt("any-la", RagRating.RED, london("2027-12-24T15:00")));
    }

    @Test
    void redAcrossEaster2026SkipsGoodFridayAndEasterMonday() {
        assertEquals(london("2026-04-07T12:00"), standard().dueAt("any-la", RagRating.RED, london("2026-04-02T16:00")));
    }

    @Test
    void redAcrossEaster2027SkipsGoodFridayAndEasterMonday() {
        assertEquals(london("2027-03-30T12:00"), standard().dueAt("any-la", RagRating.RED, london("2027-03-25T16:00")));
    }

    @Test
    void redAcrossTheSpringForwardWeekendCountsLocalWorkingHours() {
        // Received 15:00 GMT on Friday 27 March 2026; the clocks go forward on Sunday 29th.
        Instant due = standard().dueAt("any-la", RagRating.RED, london("2026-03-27T15:00"));

        assertEquals(london("2026-03-30T11:00"), due);
        assertEquals(Instant.parse("2026-03-30T10:00:00Z"), due);
    }

    @Test
    void redAcrossTheFallBackWeekendCountsLocalWorkingHours() {
        // Received 15:00 BST on Friday 23 October 2026; the clocks go back on Sunday 25th.
        Instant due = standard().dueAt("any-la", RagRating.RED, london("2026-10-23T15:00"));

        assertEquals(london("2026-10-26T11:00"), due);
        assertEquals(Instant.parse("2026-10-26T11:00:00Z"), due);
    }

    @Test
    void redOnATwentyFourHourClockRunsThroughTheNightAndTheWeekend() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of(aroundTheClock(null)));

        assertEquals(london("2026-11-27T20:00"), policy.dueAt("night-la", RagRating.RED, london("2026-11-27T16:00")));
        assertEquals(london("2026-11-29T03:30"), policy.dueAt("night-la", RagRating.RED, london("2026-11-28T23:30")));
    }

    @Test
    void redOnATwentyFourHourClockIsFourRealHoursAcrossTheSpringForwardNight() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of(aroundTheClock(null)));

        Instant received = london("2026-03-29T00:30");
        Instant due = policy.dueAt("night-la", RagRating.RED, received);

        assertEquals(received.plus(Duration.ofHours(4)), due);
        assertEquals(london("2026-03-29T05:30"), due);
    }

    @Test
    void redOnATwentyFourHourClockIsFourRealHoursAcrossTheFallBackNight() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of(aroundTheClock(null)));

        Instant received = london("2026-10-25T00:30");
        Instant due = policy.dueAt("night-la", RagRating.RED, received);

        assertEquals(received.plus(Duration.ofHours(4)), due);
        assertEquals(ZonedDateTime.parse("2026-10-25T03:30Z[Europe/London]").toInstant(), due);
    }

    @Test
    void aDayLongRedOnATwentyFourHourClockIsTwentyFourRealHoursNotTwentyThreeOrTwentyFiveLocal() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of(aroundTheClock(24)));

        assertEquals(london("2026-03-29T13:00"), policy.dueAt("night-la", RagRating.RED, london("2026-03-28T12:00")));
        assertEquals(london("2026-10-25T11:00"), policy.dueAt("night-la", RagRating.RED, london("2026-10-24T12:00")));
    }

    @Test
    void aTwentyFourHourRedClockLeavesAmberAndGreenOnWorkingDays() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD, List.of(aroundTheClock(null)));

        assertEquals(london("2026-11-30T10:00"), policy.dueAt("night-la", RagRating.AMBER, london("2026-11-27T10:00")));
    }

    @Test
    void amberIsOneWorkingDayAndGreenThreeAcrossTheEasterWeekend() {
        Instant thursdayBeforeEaster = london("2026-04-02T10:00");

        assertEquals(london("2026-04-07T10:00"), standard().dueAt("any-la", RagRating.AMBER, thursdayBeforeEaster));
        assertEquals(london("2026-04-09T10:00"), standard().dueAt("any-la", RagRating.GREEN, thursdayBeforeEaster));
    }

    @Test
    void amberIsOneWorkingDayAndGreenThreeAcrossTheSpringBankHolidayWeekend() {
        Instant fridayBeforeBankHoliday = london("2026-05-22T14:00");

        assertEquals(london("2026-05-26T14:00"), standard().dueAt("any-la", RagRating.AMBER, fridayBeforeBankHoliday));
        assertEquals(london("2026-05-28T14:00"), standard().dueAt("any-la", RagRating.GREEN, fridayBeforeBankHoliday));
    }

    @Test
    void aTenantSettingOnlySomeDeadlinesKeepsTheDefaultsForTheRest() {
        DeadlinePolicy policy = new DeadlinePolicy(STANDARD,
                List.of(new TenantDeadlineConfiguration("half-la", 2, null, null, null)));

        assertEquals(london("2026-11-24T12:00"), policy.dueAt("half-la", RagRating.RED, london("2026-11-24T10:00")));
        assertEquals(london("2026-11-25T10:00"), policy.dueAt("half-la", RagRating.AMBER, london("2026-11-24T10:00")));
    }

    private static DeadlinePolicy standard() {
        return new DeadlinePolicy(STANDARD, List.of());
    }

    private static TenantDeadlineConfiguration aroundTheClock(Integer redHours) {
        return new TenantDeadlineConfiguration("night-la", redHours, null, null, TenantDeadlineConfiguration.TWENTY_FOUR_HOURS);
    }
}
