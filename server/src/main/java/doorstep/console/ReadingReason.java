package doorstep.console;

import doorstep.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A reason a reader gave on "Why are you looking at this record?": the form's code, and for "another
 * reason" the words typed, sealed. It serves only the reader who gave it, in their tenant, for that contact.
 */
@MappedEntity("console_reading_reason")
record ReadingReason(@Id UUID id, String tenantId, String readerUid, UUID contactId, String reason,
                     @Nullable byte[] otherReasonCt, Instant givenAt) {

    static final String OTHER_REASON_FIELD = "reading_other_reason";

    boolean givenBy(Caller reader, UUID contact) {
        return tenantId.equals(reader.tenantId()) && readerUid.equals(reader.uid()) && contactId.equals(contact);
    }

    ReadingReason withOtherReason(byte[] sealed) {
        return new ReadingReason(id, tenantId, readerUid, contactId, reason, sealed, givenAt);
    }

    /** What the sealed words are bound to: the whole row's identity, so they open on this row only, as it was written. */
    String sealedTo() {
        return id + "|" + tenantId + "|" + readerUid + "|" + contactId;
    }
}
