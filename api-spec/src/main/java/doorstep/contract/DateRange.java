package doorstep.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The dates that make sense for each date in the contract, checked alike on the phone and on the
 * server. The contract names a field's range with {@code x-date-range}. Nothing is ever earlier than
 * {@link #EARLIEST}: that also keeps every date clear of the switch to the Gregorian calendar, before
 * which the database and Java count days differently. "Today" is today in England.
 */
public enum DateRange {

    /** A person's date of birth: not in the future, not before 1900. */
    DATE_OF_BIRTH("date-of-birth"),

    /**
     * When an incident happened: not in the future (beyond clock skew), not before 2000. A fixed
     * floor, not "a year ago": a capture that waited on a phone must never become unsendable.
     */
    INCIDENT_TIME("incident-time"),

    /** The day a risk marker was recorded: not in the future, not before 1900. */
    RECORDED_ON("recorded-on"),

    /** The day a risk marker expires: not before 1900, at most a hundred years from today. */
    EXPIRES_ON("expires-on"),

    /**
     * The phone's clock when it sent a capture: only kept, never relied on, and a phone with a wrong
     * clock must still be able to send, so any time from 2000 to 2100 will do.
     */
    DEVICE_TIME("device-time"),

    /** The day an action from a MASH decision is due: not before today, at most five years from today. */
    DUE_ON("due-on");

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A phone's clock may run this far ahead of the server's. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private static final Instant INCIDENT_TIME_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant DEVICE_TIME_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant DEVICE_TIME_TO = Instant.parse("2100-01-01T00:00:00Z");

    private final String contractName;

    DateRange(String contractName) {
        this.contractName = contractName;
    }

    /** The range's name in the contract's {@code x-date-range}. */
    public String contractName() {
        return contractName;
    }

    public static Optional<DateRange> fromContractName(String name) {
        for (DateRange range : values()) {
            if (range.contractName.equals(name)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    /** Why the date is out of range, in plain words; empty when it is in range. */
    public Optional<String> problem(LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ENGLAND));
        return switch (this) {
            case DATE_OF_BIRTH -> date.isBefore(EARLIEST) ? Optional.of("must not be before 1900-01-01")
                    : date.isAfter(today) ? Optional.of("is in the future") : Optional.empty();
            case RECORDED_ON -> date.isBefore(EARLIEST) ? Optional.of("must not be before 1900-01-01")
                    : date.isAfter(today) ? Optional.of("is in the future") : Optional.empty();
            case EXPIRES_ON -> date.isBefore(EARLIEST) ? Optional.of("must not be before 1900-01-01")
                    : date.isAfter(today.plusYears(100)) ? Optional.of("must be within a hundred years from today")
                    : Optional.empty();
            case DUE_ON -> date.isBefore(today) ? Optional.of("is in the past")
                    : date.isAfter(today.plusYears(5)) ? Optional.of("must be within five years from today")
                    : Optional.empty();
            case INCIDENT_TIME, DEVICE_TIME -> problem(date.atStartOfDay(ENGLAND).toOffsetDateTime(), clock);
        };
    }

    /** Why the time is out of range, in plain words; empty when it is in range. */
    public Optional<String> problem(OffsetDateTime time, Clock clock) {
        Instant at = time.toInstant();
        Instant now = clock.instant();
        return switch (this) {
            case INCIDENT_TIME -> at.isAfter(now.plus(CLOCK_SKEW))
                    ? Optional.of("is in the future; check the phone's date and time")
                    : at.isBefore(INCIDENT_TIME_FROM)
                    ? Optional.of("must not be before 2000; check the date") : Optional.empty();
            case DEVICE_TIME -> at.isBefore(DEVICE_TIME_FROM) || !at.isBefore(DEVICE_TIME_TO)
                    ? Optional.of("must be between 2000 and 2100; check the phone's date and time")
                    : Optional.empty();
            default -> problem(time.atZoneSameInstant(ENGLAND).toLocalDate(), clock);
        };
    }
}
