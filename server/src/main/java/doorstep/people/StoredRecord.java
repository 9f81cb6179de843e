package doorstep.people;

import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.Sex;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.Map;

/**
 * The JSON form of a person record inside a mention's ciphertext. Address line and identifiers came
 * later: rows written before them read back with both null.
 */
@Serdeable
record StoredRecord(String givenName, String familyName, @Nullable LocalDate dateOfBirth, @Nullable Sex sex,
                    @Nullable String postcode, @Nullable String addressLine, @Nullable Map<String, String> identifiers) {

    static StoredRecord of(PersonRecord record) {
        return new StoredRecord(record.givenName(), record.familyName(), record.dateOfBirth(), record.sex(),
                record.postcode(), record.addressLine(), record.identifiers().isEmpty() ? null : record.identifiers());
    }

    PersonRecord toRecord() {
        return new PersonRecord(givenName, familyName, dateOfBirth, sex, postcode, addressLine,
                identifiers == null ? Map.of() : identifiers);
    }
}
