package doorstep.mash;

import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.identity.Caller;
import doorstep.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A triager's hold on a contact: taken, renewed while they work (claiming again, reading, saving)
 * and lapsing when left idle past the lease, which puts the contact back in the queue for anyone.
 * Correct without any job: the lease is a time the queries compare with now.
 */
@Singleton
class ClaimLeases {

    private static final String PURPOSE = "MASH triage";

    private final ContactClockRepository clocks;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lease;

    ClaimLeases(ContactClockRepository clocks, AuditTrail audit, Clock clock, TriageConfiguration configuration) {
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
        this.lease = configuration.claimLease();
    }

    /** Claims a queued or lapsed contact, or renews the caller's own claim; anyone else's live claim is refused. */
    @Transactional
    void claim(Caller caller, UUID contactId) {
        Instant now = clock.instant();
        if (clocks.claim(contactId, caller.tenantId(), caller.uid(), now, now.plus(lease)) == 1) {
            audit.record(Actor.of(caller), AuditAction.CONTACT_CLAIMED, AuditedRecord.of("contact", contactId), PURPOSE);
            return;
        }
        ContactClock contact = find(caller, contactId);
        throw ProblemException.conflict("contact-not-claimable", "Already taken",
                contact.state() == ContactState.DECIDED ? "This contact has been decided."
                        : "Another triager is working on this contact.");
    }

    /** The holder is still working on it (reading it, saving something on it): the lease starts again. Others change nothing. */
    @Transactional
    void renewIfHeld(Caller caller, UUID contactId) {
        Instant now = clock.instant();
        clocks.renew(contactId, caller.tenantId(), caller.uid(), now, now.plus(lease));
    }

    @Transactional
    void release(Caller caller, UUID contactId) {
        if (clocks.release(contactId, caller.tenantId(), caller.uid()) == 1) {
            audit.record(Actor.of(caller), AuditAction.CONTACT_RELEASED, AuditedRecord.of("contact", contactId), PURPOSE);
            return;
        }
        ContactClock contact = find(caller, contactId);
        throw ProblemException.conflict("contact-not-claimed-by-you", "Not yours to release",
                contact.state() == ContactState.DECIDED ? "This contact has already been decided."
                        : "Only the triager who claimed this contact can give it back.");
    }

    /** Refuses a step that needs the claim when the caller's claim has lapsed: they claim it back first. */
    void requireHeld(Caller caller, UUID contactId) {
        ContactClock contact = find(caller, contactId);
        if (contact.state() == ContactState.CLAIMED && caller.uid().equals(contact.claimedBy())
                && !contact.heldBy(caller.uid(), clock.instant())) {
            throw ProblemException.conflict("contact-not-claimed-by-you", "Your claim has lapsed",
                    "You left this contact idle for longer than " + lease.toMinutes()
                            + " minutes, so it went back to the queue. Claim it again to carry on.");
        }
    }

    private ContactClock find(Caller caller, UUID contactId) {
        return clocks.findByIdAndTenantId(contactId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("contact"));
    }
}
