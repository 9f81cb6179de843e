package doorstep.people.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** String closeness thresholds shared by the name comparisons. */
final class Similarity {

    static final double CLOSE = 0.92;
    static final double SIMILAR = 0.85;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }
}
