package doorstep.people.matching;

/**
 * Match weights at which a mention is linked automatically ({@code confident}) or sent for review
 * ({@code possible}). The defaults come from the synthetic evaluation (ResolverEvaluationTest):
 * {@code confident} is the lowest weight at which automatic links kept precision at or above 0.995
 * with margin, {@code possible} the lowest that kept the review share under 10%.
 */
public record MatchThresholds(double confident, double possible) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(14.0, 4.0);

    public MatchThresholds {
        if (possible > confident) {
            throw new IllegalArgumentException("The possible threshold " + possible
                    + " must not exceed the confident threshold " + confident);
        }
    }

    public Band bandOf(double weight) {
        if (weight >= confident) {
            return Band.CONFIDENT;
        }
        return weight >= possible ? Band.POSSIBLE : Band.NO_MATCH;
    }
}
