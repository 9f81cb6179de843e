package doorstep.capture;

/**
 * An opened capture names a record this tenant does not hold (an interview naming a task that is
 * not on record here). Expected: the item is refused with this problem, whose detail the kind wrote
 * for the user without a child's data; retrying unchanged cannot succeed.
 *
 * @param problemSlug the stable problem type under {@code /problems/}
 */
public final class UnknownReference extends Exception {

    private final String problemSlug;
    private final String title;
    private final String detail;

    public UnknownReference(String problemSlug, String title, String detail) {
        super("capture names an unknown record", null, false, false);
        this.problemSlug = problemSlug;
        this.title = title;
        this.detail = detail;
    }

    public String problemSlug() {
        return problemSlug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
