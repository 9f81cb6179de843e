package doorstep.mash;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.identity.KnownAgencies;
import doorstep.identity.TenantUsers;
import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a decision must carry beyond its outcome and rationale, checked before anything is stored:
 * actions with one owner each (an agency it knows or one of its users) for the outcomes that start work, a strategy discussion for section 47
 * and only for it, a team for a step across and only for it. Due dates and lengths are the contract's.
 */
@Singleton
class DecisionRules {

    /** Outcomes that start work someone must own: saved only with at least one action. */
    static final Set<Outcome> NEED_ACTIONS = Set.of(Outcome.EARLY_HELP, Outcome.SECTION_17_ASSESSMENT,
            Outcome.SECTION_47_STRATEGY_DISCUSSION, Outcome.IMMEDIATE_PROTECTION);

    private final KnownAgencies agencies;
    private final TenantUsers users;

    DecisionRules(KnownAgencies agencies, TenantUsers users) {
        this.agencies = agencies;
        this.users = users;
    }

    void check(String tenantId, DecisionRequest decision) {
        List<Violation> violations = new ArrayList<>();
        List<ActionRequest> actions = actionsOf(decision);
        for (int i = 0; i < actions.size(); i++) {
            checkOwner(tenantId, actions.get(i), "actions[" + i + "]", violations);
        }
        checkStrategyDiscussion(tenantId, decision, violations);
        checkStepAcross(decision, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Some parts of the decision are missing or do not fit its outcome; "
                    + "see violations.", violations);
        }
        if (NEED_ACTIONS.contains(decision.getOutcome()) && actions.isEmpty()) {
            throw new ProblemException(Problem.of("actions-required", "Add the actions this decision needs", 400,
                            "This outcome starts work: add at least one action, each with an owner and a due date.")
                    .with("outcome", decision.getOutcome().getValue()));
        }
        if (decision.getStrategyDiscussion() != null) {
            StrategyDiscussionRule.requireReasonForGaps(decision.getStrategyDiscussion());
        }
    }

    static List<ActionRequest> actionsOf(DecisionRequest decision) {
        return decision.getActions() == null ? List.of() : decision.getActions();
    }

    private void checkOwner(String tenantId, ActionRequest action, String path, List<Violation> violations) {
        if (action.getOwnerUid() == null && action.getOwnerAgency() == null) {
            violations.add(new Violation(path + ".owner",
                    "needs an owner: a person (ownerUid) or an agency (ownerAgency)"));
        } else if (action.getOwnerUid() != null && action.getOwnerAgency() != null) {
            violations.add(new Violation(path + ".owner", "has two owners; give a person or an agency, not both"));
        } else if (action.getOwnerAgency() != null && !agencies.isKnown(tenantId, action.getOwnerAgency())) {
            violations.add(new Violation(path + ".ownerAgency", "is not an agency your organisation works with"));
        } else if (action.getOwnerUid() != null && !users.isMember(tenantId, action.getOwnerUid())) {
            violations.add(new Violation(path + ".ownerUid", "is not a user of your organisation"));
        }
    }

    private void checkStrategyDiscussion(String tenantId, DecisionRequest decision, List<Violation> violations) {
        boolean section47 = decision.getOutcome() == Outcome.SECTION_47_STRATEGY_DISCUSSION;
        if (decision.getStrategyDiscussion() == null) {
            if (section47) {
                violations.add(new Violation("strategyDiscussion",
                        "is required for a section 47 decision: who was invited and who attended"));
            }
            return;
        }
        if (!section47) {
            violations.add(new Violation("strategyDiscussion", "is only for a section 47 strategy discussion"));
            return;
        }
        StrategyDiscussionRule.checkShape(decision.getStrategyDiscussion(), violations);
        if (!agencies.unknownAmong(tenantId, decision.getStrategyDiscussion().getInvited()).isEmpty()) {
            violations.add(new Violation("strategyDiscussion.invited",
                    "names an agency your organisation does not work with"));
        }
    }

    private static void checkStepAcross(DecisionRequest decision, List<Violation> violations) {
        boolean stepAcross = decision.getOutcome() == Outcome.STEP_ACROSS;
        if (stepAcross && decision.getStepAcrossTeam() == null) {
            violations.add(new Violation("stepAcrossTeam", "is required for a step across: name the team"));
        } else if (!stepAcross && decision.getStepAcrossTeam() != null) {
            violations.add(new Violation("stepAcrossTeam", "is only for a step across to another team"));
        }
    }
}
