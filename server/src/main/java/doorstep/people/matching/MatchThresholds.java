package doorstep.people.matching;

/**
 * Match weights (bits) at which a mention is linked automatically ({@code confident}) or sent for
 * review ({@code possible}). Read off ThresholdSweep on the stream the parameters were estimated
 * on (30,000 people, 30,000 mentions), not the evaluation's: at a confident weight of 12,
 * precision 0.9925, recall 0.970; at 14, 0.9956 and 0.967, review 1.6%, recall with review
 * 0.983; at 15, 0.9958 and 0.914; at 18, 0.9974 and 0.869. 14 is the lowest weight that meets the
 * precision target; a step above buys almost no precision with links nobody reviews, and the issue
 * counts a missed link (Solihull's) as dangerous as a false one. {@code possible} at 6 sends
 * 1.6% of mentions to review; at 8 the sweep loses a few reviewed links and saves little review.
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
