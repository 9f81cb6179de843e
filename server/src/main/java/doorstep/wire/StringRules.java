package doorstep.wire;

import doorstep.contract.DateRange;
import doorstep.contract.TextRule;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a string of the contract must be beyond being a string: a date or time of its format within
 * its {@code x-date-range}, a UUID in its one written form, and text by its rule ({@code x-multiline}
 * or one line). The messages never repeat the value.
 */
@Singleton
class StringRules {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A date or time the contract does not give a range must still be one the database can hold as given. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Clock clock;

    StringRules(Clock clock) {
        this.clock = clock;
    }

    void check(Map<String, Object> schema, String value, String path, List<Violation> violations) {
        if (schema.get("enum") instanceof List<?> allowed) {
            // The binder would refuse it too, but as an unreadable body naming no field.
            if (!allowed.contains(value)) {
                violations.add(new Violation(path, "must be one of: " + allowed.stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))));
            }
            return;
        }
        Optional<String> problem = switch (String.valueOf(schema.get("format"))) {
            case "date" -> date(schema, value);
            case "date-time" -> dateTime(schema, value);
            case "uuid" -> UUID_FORM.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be an id like 123e4567-e89b-12d3-a456-426614174000");
            case "byte" -> Optional.empty();
            default -> required(schema, value).or(() -> (Boolean.TRUE.equals(schema.get("x-multiline"))
                    ? TextRule.MULTI_LINE : TextRule.SINGLE_LINE).problem(value));
        };
        problem.ifPresent(message -> violations.add(new Violation(path, message)));
    }

    /** Text the contract asks for (a minimum length) is not given by spaces alone: a rationale of ten spaces is none. */
    private static Optional<String> required(Map<String, Object> schema, String value) {
        return schema.get("minLength") instanceof Number min && min.intValue() > 0 && value.isBlank()
                ? Optional.of("must not be blank") : Optional.empty();
    }

    private Optional<String> date(Map<String, Object> schema, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return Optional.of("must be a date like 2026-01-31");
        }
        return range(schema).map(r -> r.problem(date, clock)).orElseGet(() -> storable(date));
    }

    private Optional<String> dateTime(Map<String, Object> schema, String value) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return Optional.of("must be a date and time like 2026-01-31T14:05:00Z");
        }
        return range(schema).map(r -> r.problem(time, clock)).orElseGet(() -> storable(time.toLocalDate()));
    }

    private static Optional<DateRange> range(Map<String, Object> schema) {
        Object name = schema.get("x-date-range");
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(DateRange.fromContractName(name.toString()).orElseThrow(() ->
                new IllegalStateException("The contract names a date range this server does not know: " + name)));
    }

    private static Optional<String> storable(LocalDate date) {
        return date.isBefore(DateRange.EARLIEST) || date.isAfter(LATEST)
                ? Optional.of("must be from 1900-01-01 to 9999-12-31") : Optional.empty();
    }
}
