package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Map;

/**
 * One account of a person as it was captured, before any cleaning.
 *
 * @param addressLine house number and street ("16 Taylor Place"), or null; compared with its postcode
 * @param identifiers exact identifiers by scheme, such as {@code "NHS" -> "943 476 5919"} or a police
 *                    PNC id; the same value within one scheme is the same person, whatever the names say
 */
public record PersonRecord(
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable Sex sex,
        @Nullable String postcode,
        @Nullable String addressLine,
        Map<String, String> identifiers) {

    public PersonRecord {
        if (givenName == null || familyName == null) {
            throw new IllegalArgumentException("A person record needs given and family names; use \"\" for an unknown name");
        }
        identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
    }

    /** A record with no address line and no identifiers. */
    public PersonRecord(String givenName, String familyName, @Nullable LocalDate dateOfBirth, @Nullable Sex sex,
                        @Nullable String postcode) {
        this(givenName, familyName, dateOfBirth, sex, postcode, null, Map.of());
    }

    public NormalisedPerson normalised() {
        return NormalisedPerson.of(this);
    }
}
