package doorstep.contract;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeRuleTest {

    // 00:30 on 15 June in England is still 14 June in UTC.
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-14T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void aDateOfBirthIsFrom1900ToTodayInEngland() {
        assertTrue(DateRange.DATE_OF_BIRTH.problem(LocalDate.of(1899, 12, 31), clock).isPresent());
        assertFalse(DateRange.DATE_OF_BIRTH.problem(LocalDate.of(1900, 1, 1), clock).isPresent());
        assertFalse(DateRange.DATE_OF_BIRTH.problem(LocalDate.of(2026, 6, 15), clock).isPresent());
        assertTrue(DateRange.DATE_OF_BIRTH.problem(LocalDate.of(2026, 6, 16), clock).isPresent());
    }

    @Test
    void datesBeforeTheGregorianCalendarAndBeyondYear9999AreOutOfEveryRange() {
        for (DateRange range : DateRange.values()) {
            assertTrue(range.problem(LocalDate.of(1500, 6, 15), clock).isPresent(), range.name());
            assertTrue(range.problem(LocalDate.of(1, 1, 1), clock).isPresent(), range.name());
            assertTrue(range.problem(LocalDate.of(99999, 1, 1), clock).isPresent(), range.name());
        }
    }

    @Test
    void anIncidentHappenedSince2000AllowingForClockSkew() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertFalse(DateRange.INCIDENT_TIME.problem(now.plusMinutes(9), clock).isPresent());
        assertTrue(DateRange.INCIDENT_TIME.problem(now.plusMinutes(11), clock).isPresent());
        assertFalse(DateRange.INCIDENT_TIME.problem(OffsetDateTime.parse("2000-01-01T00:00:00Z"), clock).isPresent());
        assertTrue(DateRange.INCIDENT_TIME.problem(OffsetDateTime.parse("1999-12-31T23:59:59Z"), clock).isPresent());
    }

    @Test
    void anIncidentCapturedLongBeforeItIsSentIsStillInRange() {
        // A phone may hold a capture for weeks; the range must not close on it while it waits.
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertFalse(DateRange.INCIDENT_TIME.problem(now.minusYears(2), clock).isPresent());
    }

    @Test
    void aMarkerExpiresWithinAHundredYears() {
        assertFalse(DateRange.EXPIRES_ON.problem(LocalDate.of(2126, 6, 15), clock).isPresent());
        assertTrue(DateRange.EXPIRES_ON.problem(LocalDate.of(2126, 6, 16), clock).isPresent());
    }

    @Test
    void aPhonesClockMayBeWrongButNotAbsurd() {
        assertFalse(DateRange.DEVICE_TIME.problem(OffsetDateTime.parse("2001-01-01T00:00:00Z"), clock).isPresent());
        assertFalse(DateRange.DEVICE_TIME.problem(OffsetDateTime.parse("2090-01-01T00:00:00Z"), clock).isPresent());
        assertTrue(DateRange.DEVICE_TIME.problem(OffsetDateTime.parse("1970-01-01T00:00:00Z"), clock).isPresent());
    }

    @Test
    void everyRangeIsNamedInTheContract() {
        for (DateRange range : DateRange.values()) {
            assertTrue(DateRange.fromContractName(range.contractName()).isPresent());
        }
    }
}
