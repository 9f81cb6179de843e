package doorstep.mash;

import doorstep.capture.CaptureReferred;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Opens a contact for every capture its kind refers to the MASH, at the priority the kind's rule
 * gave, in the capture's own transaction.
 */
@Singleton
class ContactOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ContactOpener.class);

    private final ContactRepository contacts;
    private final DeadlinePolicy deadlines;

    ContactOpener(ContactRepository contacts, DeadlinePolicy deadlines) {
        this.contacts = contacts;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(CaptureReferred referral) {
        RagRating rating = RagRating.valueOf(referral.priority().name());
        Contact contact = contacts.save(new Contact(UUID.randomUUID(), referral.tenantId(), referral.captureId(), referral.kind(),
                referral.submissionId(), referral.referrerUid(), referral.referrerAgency(), rating,
                String.join(Contact.REASON_SEPARATOR, referral.reasons()), ContactState.QUEUED,
                referral.recordedAt(), deadlines.dueAt(referral.tenantId(), rating, referral.recordedAt()),
                referral.childCount(), null, null, null, null, null, null, 0));
        LOG.info("Contact {} opened for capture {}: {} due {}", contact.id(), referral.captureId(),
                contact.rag(), contact.dueAt());
    }
}
