package doorstep.mash;

import org.junit.jupiter.api.Test;

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
                List.of(new TenantDeadlineConfiguration("strict-la", 2, 1, 2)));

        assertEquals(london("2026-11-24T12:00"), policy.dueAt("strict-la", RagRating.RED, london("2026-11-24T10:00")));
        assertEquals(london("2026-11-24T14:00"), policy.dueAt("other-la", RagRating.RED, london("2026-11-24T10:00")));
    }
}
