package doorstep.people.synthetic;

import doorstep.people.matching.Sex;

import java.time.LocalDate;

/** A person of the synthetic population as they truly are; {@code personId} is the ground truth. */
public record SyntheticPerson(String personId, int household, String givenName, String familyName,
                              LocalDate dateOfBirth, Sex sex, String nhsNumber) {
}
