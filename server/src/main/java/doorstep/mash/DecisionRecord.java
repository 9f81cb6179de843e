package doorstep.mash;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One MASH decision on a contact, exactly as made: stored once and never changed (the database
 * refuses updates and deletes). A correction is another record whose {@code correctsId} names this one.
 * Free text is sealed, bound to this decision's id.
 */
@MappedEntity("contact_decision")
record DecisionRecord(@Id UUID id, String tenantId, UUID contactId, String outcome, byte[] rationaleCt,
                      @Nullable byte[] stepAcrossTeamCt, @Nullable byte[] missingAgencyReasonCt,
                      @Nullable UUID correctsId, @Nullable byte[] correctionReasonCt, String decidedBy,
                      Instant decidedAt) {

    static final String RATIONALE = "rationale";
    static final String STEP_ACROSS_TEAM = "step_across_team";
    static final String MISSING_AGENCY_REASON = "missing_agency_reason";
    static final String CORRECTION_REASON = "correction_reason";
}
