package doorstep.audit;

/**
 * What an entry did to a record, in the words of the Data Protection Act 2018 s62 (logging for law
 * enforcement processing), so a log can be handed to a data protection officer as it stands.
 */
public enum Operation {
    /** Data came in: a capture stored, a marker recorded. */
    COLLECTION,
    /** Stored data changed state: a claim, a decision, a merge undone. */
    ALTERATION,
    /** Someone looked at it. */
    CONSULTATION,
    /** It went to someone outside the MASH: an outcome to the referrer. */
    DISCLOSURE,
    /** Two records were joined: a merge of two people. */
    COMBINATION,
    /** It was wiped or deleted. */
    ERASURE
}
