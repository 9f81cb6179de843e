package doorstep.people.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** String closeness shared by the name, address, date and identifier comparisons. */
final class Similarity {

    static final double CLOSE = 0.92;
    static final double SIMILAR = 0.85;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {
    }

    /** One character changed or two neighbours transposed, as in 1985 for 1958 or a mistyped NHS number. */
    static boolean isOneSlip(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 1 || (differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first));
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }
}
