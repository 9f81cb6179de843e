package doorstep.people;

import java.util.Collections;

/**
 * The {@code (?, ?, ...)} of an IN clause whose values are bound one by one, for the few statements
 * resolution writes by hand: Micronaut Data cannot expand a list of binary values into an IN clause.
 */
final class SqlInList {

    private SqlInList() {
    }

    static String placeholders(int values) {
        return "(" + String.join(",", Collections.nCopies(values, "?")) + ")";
    }
}
