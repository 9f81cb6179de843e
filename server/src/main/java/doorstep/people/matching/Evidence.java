package doorstep.people.matching;

import java.util.Locale;

/** One comparison's contribution to a match weight, in words a reviewer can check against the two records. */
public record Evidence(String comparison, String level, double weight) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s, %+.1f", comparison, level, weight);
    }
}
