package doorstep.mash;

import doorstep.api.model.Action;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The actions MASH decisions set: an owner's own open ones, a manager's view of every overdue one,
 * and completing one. Their text may name a child, so each read and the completion are audited.
 */
@Singleton
class ActionRegister {

    private final DecisionActionRepository actions;
    private final ActionViews views;
    private final AuditTrail audit;
    private final Clock clock;

    ActionRegister(DecisionActionRepository actions, ActionViews views, AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<Action> mine(Caller caller, int limit) {
        return shown(caller, actions.openOwnedBy(caller.tenantId(), caller.uid(), limit));
    }

    @Transactional
    List<Action> overdue(Caller caller, int limit) {
        caller.requireAnyOf(Role.MASH_MANAGER);
        return shown(caller, actions.overdue(caller.tenantId(), views.today(), limit));
    }

    /**
     * By its owner by name or a MASH manager; completing it again returns it as it is. The row is
     * locked first, so of several completing at once one completes it and the rest read it completed.
     */
    @Transactional
    Action complete(Caller caller, UUID actionId) {
        DecisionAction action = actions.lockForCompletion(caller.tenantId(), actionId)
                .orElseThrow(() -> ProblemException.notFound("action"));
        if (!caller.uid().equals(action.ownerUid()) && !caller.has(Role.MASH_MANAGER)) {
            throw ProblemException.forbidden("Only the action's owner or a MASH manager can complete it.");
        }
        if (!action.open()) {
            // Nothing changes, but the answer still shows what the action asks.
            audit.record(Actor.of(caller), AuditAction.ACTION_READ, AuditedRecord.of("contact", action.contactId()),
                    "MASH action");
            return views.toWire(action, false);
        }
        if (actions.complete(caller.tenantId(), actionId, caller.uid(), clock.instant()) == 0) {
            throw ProblemException.conflict("action-superseded", "This action's decision was corrected",
                    "The decision that set this action has been corrected; see the contact's latest decision.");
        }
        audit.record(Actor.of(caller), AuditAction.ACTION_COMPLETED, AuditedRecord.of("contact", action.contactId()),
                "MASH action");
        return views.toWire(actions.lockForCompletion(caller.tenantId(), actionId).orElseThrow(), false);
    }

    private List<Action> shown(Caller caller, List<DecisionAction> found) {
        found.stream().map(DecisionAction::contactId).distinct().forEach(contactId -> audit.record(Actor.of(caller),
                AuditAction.ACTION_READ, AuditedRecord.of("contact", contactId), "MASH action"));
        return found.stream().map(action -> views.toWire(action, true)).toList();
    }
}
