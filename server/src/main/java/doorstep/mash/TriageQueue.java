package doorstep.mash;

import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.capture.CaptureForTriage;
import doorstep.capture.CaptureKinds;
import doorstep.crypto.FieldCipher;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.PersonNetwork;
import doorstep.identity.Caller;
import doorstep.people.PersonNetworks;
import doorstep.problem.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's contacts in deadline order, and the triage steps on them, each audited. */
@Singleton
class TriageQueue {

    private final ContactRepository contacts;
    private final CaptureKinds kinds;
    private final PersonNetworks networks;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ContactDecided> decisions;
    private final Clock clock;
    private final DecisionRules rules;
    private final Decisions decisionRecords;
    private final ClaimLeases leases;

    TriageQueue(ContactRepository contacts, CaptureKinds kinds, PersonNetworks networks, FieldCipher cipher,
                AuditTrail audit, ApplicationEventPublisher<ContactDecided> decisions, Clock clock,
                DecisionRules rules, Decisions decisionRecords, ClaimLeases leases) {
        this.contacts = contacts;
        this.kinds = kinds;
        this.networks = networks;
        this.cipher = cipher;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
        this.rules = rules;
        this.decisionRecords = decisionRecords;
        this.leases = leases;
    }

    List<Contact> list(Caller caller, ContactState state, int limit) {
        Instant now = clock.instant();
        return state == null ? contacts.open(caller.tenantId(), limit) : switch (state) {
            case QUEUED -> contacts.claimable(caller.tenantId(), now, limit);
            case CLAIMED -> contacts.heldClaims(caller.tenantId(), now, limit);
            case DECIDED -> contacts.queue(caller.tenantId(), state.name(), limit);
        };
    }

    /**
     * @param childNetworks   each child's resolved person and everyone linked to them, in the children's order
     * @param earlierContacts the tenant's contacts received before this one about any of the same children, newest first
     */
    record ContactRecord(Contact contact, CaptureForTriage capture, List<PersonNetwork> childNetworks,
                         List<Contact> earlierContacts, String rationale) {
    }

    /** @param purpose why the caller reads it, for the audit entry */
    @Transactional
    ContactRecord read(Caller caller, UUID contactId, String purpose) {
        leases.renewIfHeld(caller, contactId);
        Contact contact = find(caller, contactId);
        CaptureForTriage capture = kinds.forTriage(contact.captureKind(), caller.tenantId(), contact.incidentId())
                .orElseThrow(() -> new IllegalStateException("contact " + contactId + " has no capture"));
        audit.record(Actor.of(caller), AuditAction.CONTACT_READ, AuditedRecord.of("contact", contactId), purpose);
        List<PersonNetwork> childNetworks = capture.childMentionIds().stream()
                .flatMap(mention -> networks.personOfMention(caller.tenantId(), mention).stream())
                .map(person -> networks.networkOf(caller.tenantId(), person))
                .toList();
        return new ContactRecord(contact, capture, childNetworks, earlierAbout(contact, childNetworks),
                cipher.open(contact.rationaleCt(), contactId.toString(), "rationale"));
    }

    /**
     * Whatever kind of capture opened them: the children are the link, as people resolved them, by
     * the captures that mention them or the mentions the contacts were opened for.
     */
    private List<Contact> earlierAbout(Contact contact, List<PersonNetwork> childNetworks) {
        List<UUID> children = childNetworks.stream().map(network -> network.getPerson().getPersonId()).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        return contacts.aboutAChildBefore(contact.tenantId(), networks.capturesMentioning(contact.tenantId(), children),
                networks.mentionIdsOf(contact.tenantId(), children), contact.id(), contact.receivedAt());
    }

    @Transactional
    Contact claim(Caller caller, UUID contactId) {
        leases.claim(caller, contactId);
        return find(caller, contactId);
    }

    @Transactional
    Contact release(Caller caller, UUID contactId) {
        leases.release(caller, contactId);
        return find(caller, contactId);
    }

    @Transactional
    Contact decide(Caller caller, UUID contactId, DecisionRequest request) {
        String outcome = request.getOutcome().getValue();
        String rationale = request.getRationale();
        leases.requireHeld(caller, contactId);
        Contact contact = find(caller, contactId);
        if (contact.state() != ContactState.CLAIMED || !caller.uid().equals(contact.claimedBy())) {
            throw ProblemException.conflict("contact-not-claimed-by-you", "Claim it first",
                    contact.state() == ContactState.DECIDED ? "This contact has already been decided."
                            : "Claim this contact before you record a decision on it.");
        }
        rules.check(caller.tenantId(), request);
        Contact decided = update(contact.decide(caller.uid(), outcome,
                cipher.seal(rationale, contactId.toString(), "rationale"), clock.instant()));
        decisionRecords.record(caller, decided, request, null, null);
        audit.record(Actor.of(caller), AuditAction.CONTACT_DECIDED, AuditedRecord.of("contact", contactId), "MASH triage");
        audit.record(Actor.of(caller), AuditAction.OUTCOME_DISCLOSED, AuditedRecord.of("contact", contactId),
                "outcome to the referrer");
        decisions.publishEvent(new ContactDecided(decided.id(), decided.tenantId(), decided.submissionId(),
                decided.referrerUid(), outcome, decided.decidedAt()));
        return decided;
    }

    private Contact find(Caller caller, UUID contactId) {
        return contacts.findByIdAndTenantId(contactId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("contact"));
    }

    private Contact update(Contact changed) {
        try {
            return contacts.update(changed);
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("contact-changed", "Someone else changed this contact",
                    "Reload the contact and try again.");
        }
    }
}
