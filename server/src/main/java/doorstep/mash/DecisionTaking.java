package doorstep.mash;

import doorstep.api.model.DecisionRequest;
import doorstep.api.model.StrategyDiscussion;
import doorstep.identity.Caller;
import doorstep.identity.KnownAgencies;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import doorstep.wire.BodyShapeCheck;
import doorstep.wire.MalformedJson;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Deciding a contact for another capability (the console) that builds the decision from its own form:
 * the decision is held to the contract as the API's wire holds a JSON body, then decided by
 * {@link TriageQueue} under the same rules; and what a decision form needs to know beforehand.
 */
@Singleton
public class DecisionTaking {

    /** Where the caller stands with a contact they want to decide. */
    public enum Standing { HOLDS_CLAIM, NOT_CLAIMED, DECIDED }

    private final TriageQueue queue;
    private final DecisionRules rules;
    private final ClaimLeases leases;
    private final ContactClockRepository clocks;
    private final KnownAgencies agencies;
    private final BodyShapeCheck shapes;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;

    DecisionTaking(TriageQueue queue, DecisionRules rules, ClaimLeases leases, ContactClockRepository clocks,
                   KnownAgencies agencies, BodyShapeCheck shapes, JsonMapper json, Validator validator, Clock clock) {
        this.queue = queue;
        this.rules = rules;
        this.leases = leases;
        this.clocks = clocks;
        this.agencies = agencies;
        this.shapes = shapes;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** Opening the decision form is working on the contact: a held claim is renewed. 404 outside the caller's tenant. */
    @Transactional
    public Standing standing(Caller caller, UUID contactId) {
        triager(caller);
        leases.renewIfHeld(caller, contactId);
        ContactClock contact = clocks.findByIdAndTenantId(contactId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("contact"));
        if (contact.state() == ContactState.DECIDED) {
            return Standing.DECIDED;
        }
        return contact.heldBy(caller.uid(), clock.instant()) ? Standing.HOLDS_CLAIM : Standing.NOT_CLAIMED;
    }

    /** The agencies that may own an action or be invited to a strategy discussion, as the rules know them. */
    public List<String> agencies(Caller caller) {
        return agencies.known(caller.tenantId());
    }

    /** Police, health, education and children's social care: a strategy discussion without one of them needs a reason. */
    public static List<String> partnersMissingFrom(List<String> attended) {
        return StrategyDiscussionRule.missingAgencies(new StrategyDiscussion(List.of(), attended));
    }

    /** Refuses, as the API would, a decision that breaks the contract or the rules; stores nothing. */
    public void check(Caller caller, DecisionRequest request) {
        triager(caller);
        requireContract(request);
        rules.check(caller.tenantId(), request);
    }

    /** Decides the contact as the API's decision does: audited, the referrer told through their feed. */
    public void decide(Caller caller, UUID contactId, DecisionRequest request) {
        triager(caller);
        requireContract(request);
        queue.decide(caller, contactId, request);
    }

    private void requireContract(DecisionRequest request) {
        List<Violation> violations = new ArrayList<>();
        try {
            violations.addAll(shapes.check(json.writeValueAsBytes(request), "DecisionRequest"));
        } catch (IOException | MalformedJson e) {
            throw new IllegalStateException("a decision built in this server does not serialise as its contract", e);
        }
        validator.validate(request).forEach(v -> violations.add(
                new Violation(v.getPropertyPath().toString().replace("<list element>", ""), v.getMessage())));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw ProblemException.invalid("Some fields are missing or out of range; see violations.", violations);
        }
    }

    private static void triager(Caller caller) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
    }
}
