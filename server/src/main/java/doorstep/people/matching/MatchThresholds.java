package doorstep.people.matching;

/**
 * Match weights (bits) at which a mention is linked automatically ({@code confident}) or sent for
 * review ({@code possible}). The defaults were read off ThresholdSweep on the synthetic evaluation
 * stream: at 14 the automatic F1 peaks (precision 0.965, recall 0.954); 18 reaches precision 0.993
 * but recall falls to 0.74 and review to 15%. {@code possible} at 6 keeps review under 10%. With
 * addresses and identifiers compared, 14 gives precision 0.971, recall 0.955, review 7.2%.
 * Precision 0.995 with recall 0.90 is not reachable with today's comparisons.
 */
public record MatchThresholds(double confident, double possible) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(14.0, 6.0);

    public MatchThresholds {
        if (possible > confident) {
            throw new IllegalArgumentException("The possible threshold " + possible
                    + " must not exceed the confident threshold " + confident);
        }
    }

    /** The band of the weight, but never confident when the score is held for review. */
    public Band bandOf(MatchScore score) {
        Band band = bandOf(score.weight());
        return band == Band.CONFIDENT && score.reviewReason() != null ? Band.POSSIBLE : band;
    }

    public Band bandOf(double weight) {
        if (weight >= confident) {
            return Band.CONFIDENT;
        }
        return weight >= possible ? Band.POSSIBLE : Band.NO_MATCH;
    }
}
