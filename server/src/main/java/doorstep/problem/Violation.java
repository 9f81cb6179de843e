package doorstep.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One field that failed validation, named by its path; never carries the value sent. */
@Serdeable
public record Violation(String field, String message) {
}
