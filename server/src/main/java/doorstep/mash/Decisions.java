package doorstep.mash;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.StrategyDiscussion;
import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Stores a decision as its own rows (the decision, its actions, its strategy discussion's agencies),
 * free text sealed, in the caller's transaction. The rules have passed before this is called.
 */
@Singleton
class Decisions {

    private final DecisionRecordRepository decisions;
    private final DecisionActionRepository actions;
    private final StrategyDiscussionAgencies discussions;
    private final FieldCipher cipher;
    private final Clock clock;

    Decisions(DecisionRecordRepository decisions, DecisionActionRepository actions,
              StrategyDiscussionAgencies discussions, FieldCipher cipher, Clock clock) {
        this.decisions = decisions;
        this.actions = actions;
        this.discussions = discussions;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A correction made by the caller when {@code corrects} is given, with its reason; else a first decision. */
    DecisionRecord record(Caller caller, Contact contact, DecisionRequest request, @Nullable UUID corrects,
                          @Nullable String correctionReason) {
        UUID id = UUID.randomUUID();
        String row = id.toString();
        StrategyDiscussion discussion = request.getStrategyDiscussion();
        DecisionRecord decision = decisions.save(new DecisionRecord(id, caller.tenantId(), contact.id(),
                request.getOutcome().getValue(), cipher.seal(request.getRationale(), row, DecisionRecord.RATIONALE),
                cipher.seal(request.getStepAcrossTeam(), row, DecisionRecord.STEP_ACROSS_TEAM),
                discussion == null ? null
                        : cipher.seal(discussion.getMissingAgencyReason(), row, DecisionRecord.MISSING_AGENCY_REASON),
                corrects, cipher.seal(correctionReason, row, DecisionRecord.CORRECTION_REASON), caller.uid(),
                clock.instant()));
        List<ActionRequest> requested = DecisionRules.actionsOf(request);
        for (int position = 0; position < requested.size(); position++) {
            ActionRequest action = requested.get(position);
            UUID actionId = UUID.randomUUID();
            actions.save(new DecisionAction(actionId, caller.tenantId(), id, contact.id(), position,
                    cipher.seal(action.getWhat(), actionId.toString(), DecisionAction.WHAT), action.getOwnerUid(),
                    action.getOwnerAgency(), action.getDueOn(), null, null, null));
        }
        if (discussion != null) {
            discussions.record(caller.tenantId(), id, discussion.getInvited().stream()
                    .map(agency -> new StrategyDiscussionAgencies.Invitation(agency,
                            discussion.getAttended().contains(agency)))
                    .toList());
        }
        return decision;
    }
}
