package doorstep.people;

import doorstep.people.matching.Sex;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

import java.util.UUID;

/**
 * A person as one capture recorded them, whatever its kind.
 *
 * @param mentionId the server's id for this person in this capture
 * @param role      their part in the capture, shown on their timeline (victim, suspect, a child's presence)
 * @param nhsNumber as recorded, with or without spaces
 * @param postcode  where they live, if the capture says so
 */
public record CapturedPerson(UUID mentionId, String role, String givenName, String familyName,
                             @Nullable LocalDate dateOfBirth, @Nullable Sex sex, @Nullable String nhsNumber,
                             @Nullable String postcode, @Nullable String addressLine) {
}
