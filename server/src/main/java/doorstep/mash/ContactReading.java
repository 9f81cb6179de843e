package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * One contact as the API shows it, read for a stated purpose that goes into the audit entry, and the
 * claim on it taken and given back: for other capabilities (the console) that render it themselves.
 * A read of a contact the caller's tenant does not have is refused as not found, and the attempt audited.
 */
@Singleton
public class ContactReading {

    /** The purpose the API's own reads record. */
    public static final String TRIAGE = "MASH triage";

    private final TriageQueue queue;
    private final ContactSummaries summaries;
    private final ContactRatings ratings;
    private final DecisionHistory history;
    private final AuditTrail audit;

    ContactReading(TriageQueue queue, ContactSummaries summaries, ContactRatings ratings, DecisionHistory history,
                   AuditTrail audit) {
        this.queue = queue;
        this.summaries = summaries;
        this.ratings = ratings;
        this.history = history;
        this.audit = audit;
    }

    /**
     * The contact with its capture, the children's networks and its history; 403 without a MASH role,
     * 404 (audited under the caller's tenant, with the id asked for) when the tenant has no such contact.
     *
     * @param purpose why the caller is reading it, as the audit entry records it (no personal data)
     */
    public ContactDetail read(Caller caller, UUID contactId, String purpose) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        TriageQueue.ContactRecord record;
        try {
            record = queue.read(caller, contactId, purpose);
        } catch (ProblemException refused) {
            if (refused.problem().status() == 404) {
                audit.record(Actor.of(caller), AuditAction.CONTACT_READ_REFUSED, AuditedRecord.of("contact", contactId),
                        purpose);
            }
            throw refused;
        }
        ContactDetail detail = new ContactDetail(summaries.of(record.contact()))
                .childNetworks(record.childNetworks())
                .earlierContacts(record.earlierContacts().stream().map(ContactSummaries::earlier).toList())
                .contactsInLast12Months(ContactRatings.contactsInTwelveMonths(record.contact(), record.earlierContacts()))
                .ratingChanges(ratings.changesTo(caller.tenantId(), contactId))
                .rationale(record.rationale())
                .decisions(history.of(caller.tenantId(), contactId));
        record.capture().describe(detail);
        return detail;
    }

    /** Claims it, or renews the caller's own claim; 409 {@code contact-not-claimable} when someone else holds it or it is decided. */
    public ContactSummary claim(Caller caller, UUID contactId) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return summaries.of(queue.claim(caller, contactId));
    }

    /** Gives the caller's claim back to the queue; 409 {@code contact-not-claimed-by-you} when it is not theirs. */
    public ContactSummary release(Caller caller, UUID contactId) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return summaries.of(queue.release(caller, contactId));
    }
}
