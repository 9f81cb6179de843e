package doorstep.people;

/** How a mention was filed. */
public enum ResolutionDecision {
    /** Linked to an existing person without asking anyone. */
    LINKED("linked"),
    /** No one like them yet: a new person. */
    NEW("new"),
    /** A new person, and a review task because an existing person may be the same. */
    REVIEW("review");

    private final String wireName;

    ResolutionDecision(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
