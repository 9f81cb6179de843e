package doorstep.people.matching;

/** What the caller does with a mention once it is scored against its best candidate. */
public enum Band {
    /** Link the mention to the person without asking anyone. */
    CONFIDENT,
    /** Create a new person and a review task for the MASH showing both records and the evidence. */
    POSSIBLE,
    /** Create a new person. */
    NO_MATCH
}
