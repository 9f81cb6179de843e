package doorstep.capture;

import doorstep.problem.Violation;

import java.util.List;

/**
 * An opened capture that is not acceptable as it stands. Expected: the item is refused with these
 * violations and the device shows them to the officer; retrying unchanged cannot succeed.
 */
public final class InvalidCapture extends Exception {

    private final transient List<Violation> violations;

    public InvalidCapture(List<Violation> violations) {
        super("capture failed validation", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
