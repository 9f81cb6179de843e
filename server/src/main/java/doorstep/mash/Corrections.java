package doorstep.mash;

import doorstep.api.model.CorrectionRequest;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Corrects a decision with a new one linked to it, never by changing it. Only the contact's latest
 * decision can be corrected, by whoever made it or a MASH manager; the referrer hears the new outcome.
 */
@Singleton
class Corrections {

    private static final String ONE_CORRECTION_PER_DECISION = "uq_decision_corrected_once";

    private final ContactRepository contacts;
    private final DecisionRecordRepository decisions;
    private final DecisionRules rules;
    private final Decisions decisionRecords;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ContactDecided> decided;

    Corrections(ContactRepository contacts, DecisionRecordRepository decisions, DecisionRules rules,
                Decisions decisionRecords, FieldCipher cipher, AuditTrail audit,
                ApplicationEventPublisher<ContactDecided> decided) {
        this.contacts = contacts;
        this.decisions = decisions;
        this.rules = rules;
        this.decisionRecords = decisionRecords;
        this.cipher = cipher;
        this.audit = audit;
        this.decided = decided;
    }

    @Transactional
    DecisionRecord correct(Caller caller, UUID contactId, UUID decisionId, CorrectionRequest correction) {
        Contact contact = contacts.findByIdAndTenantId(contactId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("contact"));
        DecisionRecord earlier = decisions.findByIdAndTenantIdAndContactId(decisionId, caller.tenantId(), contactId)
                .orElseThrow(() -> ProblemException.notFound("decision on this contact"));
        if (!caller.has(Role.MASH_MANAGER) && !caller.uid().equals(earlier.decidedBy())) {
            throw ProblemException.forbidden("Only whoever made a decision, or a MASH manager, can correct it.");
        }
        if (decisions.existsByTenantIdAndCorrectsId(caller.tenantId(), decisionId)) {
            throw superseded();
        }
        rules.check(caller.tenantId(), correction.getDecision());
        DecisionRecord corrected;
        try {
            corrected = decisionRecords.record(caller, contact, correction.getDecision(), decisionId,
                    correction.getReason());
        } catch (DataAccessException refused) {
            if (anotherCorrectionCameFirst(refused)) {
                throw superseded();
            }
            throw refused;
        }
        contacts.recordLatestOutcome(caller.tenantId(), contactId, corrected.outcome(),
                cipher.seal(correction.getDecision().getRationale(), contactId.toString(), "rationale"));
        audit.record(Actor.of(caller), AuditAction.CONTACT_DECISION_CORRECTED, AuditedRecord.of("contact", contactId),
                "MASH triage");
        audit.record(Actor.of(caller), AuditAction.OUTCOME_DISCLOSED, AuditedRecord.of("contact", contactId),
                "corrected outcome to the referrer");
        decided.publishEvent(new ContactDecided(contactId, caller.tenantId(), contact.submissionId(),
                contact.referrerUid(), corrected.outcome(), corrected.decidedAt()));
        return corrected;
    }

    /**
     * Only uq_decision_corrected_once means the race was lost; any other failure of the database (a lost
     * connection, a full disk) is not the user's conflict and must not be told as one.
     */
    static boolean anotherCorrectionCameFirst(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && String.valueOf(sql.getMessage()).contains(ONE_CORRECTION_PER_DECISION)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException superseded() {
        return ProblemException.conflict("decision-superseded", "This decision has already been corrected",
                "Only the latest decision on a contact can be corrected: reload the contact and correct that one.");
    }
}
