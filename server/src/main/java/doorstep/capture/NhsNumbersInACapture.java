package doorstep.capture;

import doorstep.contract.NhsNumber;
import doorstep.problem.Violation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NHS numbers recorded in one capture, whatever its kind: each valid (its Modulus 11 check
 * digit), and none given to two people, since an NHS number resolves to one person. Messages name
 * the field and never repeat the number.
 */
public final class NhsNumbersInACapture {

    private final Set<String> seen = new HashSet<>();
    private final List<Violation> violations;

    /** @param violations where a number's problems are added */
    public NhsNumbersInACapture(List<Violation> violations) {
        this.violations = violations;
    }

    /** @param field the number's path in the capture, e.g. {@code children[0].nhsNumber} */
    public void check(String field, String nhsNumber) {
        if (nhsNumber == null) {
            return;
        }
        if (!NhsNumber.isValid(nhsNumber)) {
            violations.add(new Violation(field, "is not a valid NHS number: the last of its ten digits must be the"
                    + " check digit of the other nine; check it against the source, or leave it out"));
        } else if (!seen.add(NhsNumber.digitsOf(nhsNumber))) {
            violations.add(new Violation(field, "is given to another person in this capture; an NHS number belongs"
                    + " to one person"));
        }
    }
}
