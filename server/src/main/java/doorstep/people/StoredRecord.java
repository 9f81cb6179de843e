package doorstep.people;

import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.Sex;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The JSON form of a person record inside a mention's ciphertext. */
@Serdeable
record StoredRecord(String givenName, String familyName, @Nullable LocalDate dateOfBirth, @Nullable Sex sex,
                    @Nullable String postcode) {

    static StoredRecord of(PersonRecord record) {
        return new StoredRecord(record.givenName(), record.familyName(), record.dateOfBirth(), record.sex(),
                record.postcode());
    }

    PersonRecord toRecord() {
        return new PersonRecord(givenName, familyName, dateOfBirth, sex, postcode);
    }
}
