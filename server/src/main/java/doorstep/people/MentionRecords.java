package doorstep.people;

import doorstep.crypto.FieldCipher;
import doorstep.people.matching.PersonRecord;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Seals a mention's person record for storage and opens it again, bound to the mention's id. */
@Singleton
class MentionRecords {

    private static final String FIELD = "person-record";

    private final FieldCipher cipher;
    private final JsonMapper json;

    MentionRecords(FieldCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    byte[] seal(UUID mentionId, PersonRecord record) {
        try {
            return cipher.seal(json.writeValueAsString(StoredRecord.of(record)), mentionId.toString(), FIELD);
        } catch (IOException e) {
            throw new UncheckedIOException("A person record could not be written", e);
        }
    }

    PersonRecord open(MentionRow mention) {
        return open(mention.id(), mention.recordCt());
    }

    PersonRecord open(UUID mentionId, byte[] sealed) {
        try {
            return json.readValue(cipher.open(sealed, mentionId.toString(), FIELD),
                    Argument.of(StoredRecord.class)).toRecord();
        } catch (IOException e) {
            throw new UncheckedIOException("A stored person record could not be read", e);
        }
    }
}
