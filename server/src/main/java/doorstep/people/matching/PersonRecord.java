package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** One account of a person as it was captured, before any cleaning. */
public record PersonRecord(
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable Sex sex,
        @Nullable String postcode) {

    public PersonRecord {
        if (givenName == null || familyName == null) {
            throw new IllegalArgumentException("A person record needs given and family names; use \"\" for an unknown name");
        }
    }

    public NormalisedPerson normalised() {
        return NormalisedPerson.of(this);
    }
}
