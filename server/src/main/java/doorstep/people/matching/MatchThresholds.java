package doorstep.people.matching;

/**
 * Match weights (bits) at which a mention is linked automatically ({@code confident}) or sent for
 * review ({@code possible}). Read off ThresholdSweep on the stream the parameters were estimated
 * on (30,000 people, 30,000 mentions), not the evaluation's: at a confident weight of 14,
 * precision 0.981, recall 0.951, review 4.9%, recall with review 0.973; at 16, 0.991, 0.920, 6.7%
 * and 0.961; at 17, 0.992 and 0.908; at 18 precision reaches 0.996 but recall falls to 0.78. Every
 * step up buys precision with links nobody reviews, so 14 stays: the issue counts a missed link
 * (Solihull's) as dangerous as a false one. {@code possible} at 6 keeps review under 10%.
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
