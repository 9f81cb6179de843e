package doorstep.mash;

import doorstep.api.model.Decision;
import doorstep.api.model.Outcome;
import doorstep.api.model.StrategyDiscussion;
import doorstep.crypto.FieldCipher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact's decisions, oldest first, each with its actions and what corrected what. The caller audits the read. */
@Singleton
class DecisionHistory {

    private final DecisionRecordRepository decisions;
    private final DecisionActionRepository actions;
    private final StrategyDiscussionAgencies discussions;
    private final ActionViews actionViews;
    private final FieldCipher cipher;

    DecisionHistory(DecisionRecordRepository decisions, DecisionActionRepository actions,
                    StrategyDiscussionAgencies discussions, ActionViews actionViews, FieldCipher cipher) {
        this.decisions = decisions;
        this.actions = actions;
        this.discussions = discussions;
        this.actionViews = actionViews;
        this.cipher = cipher;
    }

    @Transactional(readOnly = true)
    List<Decision> of(String tenantId, UUID contactId) {
        List<DecisionRecord> records = decisions.findByTenantIdAndContactIdOrderByDecidedAt(tenantId, contactId);
        Map<UUID, UUID> correctedBy = new HashMap<>();
        records.stream().filter(r -> r.correctsId() != null).forEach(r -> correctedBy.put(r.correctsId(), r.id()));
        return records.stream().map(r -> toWire(r, correctedBy.get(r.id()))).toList();
    }

    @Transactional(readOnly = true)
    Decision toWire(DecisionRecord record, @Nullable UUID correctedBy) {
        String row = record.id().toString();
        boolean current = correctedBy == null;
        return new Decision(record.id(), record.contactId(), Outcome.fromValue(record.outcome()),
                cipher.open(record.rationaleCt(), row, DecisionRecord.RATIONALE), record.decidedBy(),
                record.decidedAt().atOffset(ZoneOffset.UTC),
                actions.findByTenantIdAndDecisionIdOrderByPosition(record.tenantId(), record.id()).stream()
                        .map(action -> actionViews.toWire(action, current && action.open()))
                        .toList())
                .strategyDiscussion(discussion(record))
                .stepAcrossTeam(cipher.open(record.stepAcrossTeamCt(), row, DecisionRecord.STEP_ACROSS_TEAM))
                .corrects(record.correctsId())
                .correctionReason(cipher.open(record.correctionReasonCt(), row, DecisionRecord.CORRECTION_REASON))
                .correctedBy(correctedBy);
    }

    @Nullable
    private StrategyDiscussion discussion(DecisionRecord record) {
        List<StrategyDiscussionAgencies.Invitation> invitations = discussions.of(record.tenantId(), record.id());
        if (invitations.isEmpty()) {
            return null;
        }
        StrategyDiscussion discussion = new StrategyDiscussion(
                invitations.stream().map(StrategyDiscussionAgencies.Invitation::agency).toList(),
                invitations.stream().filter(StrategyDiscussionAgencies.Invitation::attended)
                        .map(StrategyDiscussionAgencies.Invitation::agency).toList())
                .missingAgencyReason(cipher.open(record.missingAgencyReasonCt(), record.id().toString(),
                        DecisionRecord.MISSING_AGENCY_REASON));
        discussion.setMissingAgencies(StrategyDiscussionRule.missingAgencies(discussion));
        return discussion;
    }
}
