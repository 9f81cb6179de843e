package doorstep.mash;

import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person changes a contact's rating with a reason: the contact takes the new rating and the
 * deadline it carries from the time the contact was received, the change is kept with its reason
 * sealed, and the step is audited. A decided contact keeps the rating it was decided at.
 */
@Singleton
class RatingChanges {

    private final ContactRepository contacts;
    private final ContactRatingRepository ratings;
    private final RatingChangeRepository changes;
    private final DeadlinePolicy deadlines;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClaimLeases leases;

    RatingChanges(ContactRepository contacts, ContactRatingRepository ratings, RatingChangeRepository changes,
                  DeadlinePolicy deadlines, FieldCipher cipher, AuditTrail audit, Clock clock, ClaimLeases leases) {
        this.leases = leases;
        this.contacts = contacts;
        this.ratings = ratings;
        this.changes = changes;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Contact change(Caller caller, UUID contactId, RagRating to, String reason) {
        if (reason.isBlank()) {
            throw ProblemException.invalid("Say why the rating changes.",
                    List.of(new Violation("reason", "must not be blank")));
        }
        Contact contact = contacts.findByIdAndTenantId(contactId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("contact"));
        if (contact.state() == ContactState.DECIDED) {
            throw ProblemException.conflict("contact-decided", "Already decided",
                    "This contact has been decided; its rating stays as it was decided.");
        }
        if (contact.rag() == to) {
            throw ProblemException.conflict("rating-unchanged", "Already at that rating",
                    "This contact is already " + to.name().toLowerCase(Locale.ROOT) + ".");
        }
        Instant due = deadlines.dueAt(caller.tenantId(), to, contact.receivedAt());
        if (contacts.rerate(contactId, caller.tenantId(), to.name(), personsReason(contact.rag(), to), due,
                contact.version()) == 0) {
            throw ProblemException.conflict("contact-changed", "Someone else changed this contact",
                    "Reload the contact and try again.");
        }
        ContactRating rating = ratings.findById(contactId).orElseThrow(
                () -> new IllegalStateException("contact " + contactId + " has no rating"));
        ratings.update(rating.byPerson());
        UUID changeId = UUID.randomUUID();
        changes.save(new RatingChange(changeId, contactId, caller.tenantId(), caller.uid(), clock.instant(),
                contact.rag(), to, cipher.seal(reason, changeId.toString(), RatingChange.REASON_FIELD)));
        audit.record(Actor.of(caller), AuditAction.CONTACT_RATING_CHANGED, AuditedRecord.of("contact", contactId),
                "MASH triage");
        leases.renewIfHeld(caller, contactId);
        return contacts.findByIdAndTenantId(contactId, caller.tenantId()).orElseThrow();
    }

    /** In the clear with the contact, so it says only who and what; the person's words stay sealed with the change. */
    private static String personsReason(RagRating from, RagRating to) {
        return "Changed from " + from.name().toLowerCase(Locale.ROOT) + " to " + to.name().toLowerCase(Locale.ROOT)
                + " by a person: their reason is in the rating changes";
    }
}
