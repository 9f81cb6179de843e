package doorstep.capture;

import doorstep.api.model.ContactDetail;

import java.util.List;
import java.util.UUID;

/** A capture behind a contact, decrypted for a triager the caller has already authorised and audited. */
public interface CaptureForTriage {

    /** The server's ids of the children as mentions, in the capture's order: the triager sees their networks so. */
    List<UUID> childMentionIds();

    /** Puts this kind's part of the contact into the triager's view (its fields of {@link ContactDetail}). */
    void describe(ContactDetail detail);
}
