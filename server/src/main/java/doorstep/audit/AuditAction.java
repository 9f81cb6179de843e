package doorstep.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every action the audit trail records and the s62 operation it is: the one table to read when
 * asking "which of these were disclosures?". The name is what the entry stores.
 */
public enum AuditAction {
    CAPTURE_RECORDED("capture.recorded", Operation.COLLECTION),
    CONTACT_READ("contact.read", Operation.CONSULTATION),
    /** A read of a contact the reader's tenant does not have (another's, or none): the attempt, under the reader's tenant. */
    CONTACT_READ_REFUSED("contact.read-refused", Operation.CONSULTATION),
    CONTACT_CLAIMED("contact.claimed", Operation.ALTERATION),
    CONTACT_DECIDED("contact.decided", Operation.ALTERATION),
    CONTACT_RELEASED("contact.released", Operation.ALTERATION),
    /** The deadline job marking a contact: an alteration by the system, not a person. */
    CONTACT_DEADLINE_NEAR("contact.deadline-near", Operation.ALTERATION),
    CONTACT_DEADLINE_BREACHED("contact.deadline-breached", Operation.ALTERATION),
    TASK_LATE("task.late", Operation.ALTERATION),
    OVERSIGHT_READ("oversight.read", Operation.CONSULTATION),
    CONTACT_DECISION_CORRECTED("contact.decision-corrected", Operation.ALTERATION),
    CONTACT_RATING_CHANGED("contact.rating-changed", Operation.ALTERATION),
    ACTION_READ("action.read", Operation.CONSULTATION),
    ACTION_COMPLETED("action.completed", Operation.ALTERATION),
    OUTCOME_DISCLOSED("outcome.disclosed", Operation.DISCLOSURE),
    TASK_READ("task.read", Operation.CONSULTATION),
    TASK_CLAIMED("task.claimed", Operation.ALTERATION),
    MATCH_REVIEW_READ("match-review.read", Operation.CONSULTATION),
    PERSON_MERGED("person.merged", Operation.COMBINATION),
    PERSON_KEPT_APART("person.kept-apart", Operation.ALTERATION),
    /** A merge asked for and refused: recorded as the alteration that was attempted. */
    PERSON_MERGE_REFUSED("person.merge-refused", Operation.ALTERATION),
    PERSON_UNMERGED("person.unmerged", Operation.ALTERATION),
    PERSON_NETWORK_READ("person.network.read", Operation.CONSULTATION),
    PERSON_INCIDENTS_READ("person.incidents.read", Operation.CONSULTATION),
    RISK_MARKER_ADDED("person.risk-marker.added", Operation.COLLECTION),
    RELATIONSHIP_ADDED("person.relationship.added", Operation.ALTERATION),
    RECORD_ERASED("record.erased", Operation.ERASURE);

    private final String storedName;
    private final Operation operation;

    AuditAction(String storedName, Operation operation) {
        this.storedName = storedName;
        this.operation = operation;
    }

    public String storedName() {
        return storedName;
    }

    public Operation operation() {
        return operation;
    }

    static Optional<AuditAction> byStoredName(String name) {
        return Arrays.stream(values()).filter(action -> action.storedName.equals(name)).findFirst();
    }
}
