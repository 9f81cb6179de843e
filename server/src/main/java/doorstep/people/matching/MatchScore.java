package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The match weight of a pair (log2 of how much likelier the levels are for the same person) and its parts.
 *
 * @param reviewReason why a person must decide this pair however high the weight, in words for the
 *                     reviewer; null when the weight alone decides
 */
public record MatchScore(double weight, List<Evidence> evidence, @Nullable String reviewReason) {

    public MatchScore {
        evidence = List.copyOf(evidence);
    }

    public MatchScore(double weight, List<Evidence> evidence) {
        this(weight, evidence, null);
    }

    /** The same weight and evidence, but for a person to decide, for the reason given. */
    MatchScore heldForReview(String reason) {
        return new MatchScore(weight, evidence, reason);
    }

    public String explanation() {
        String parts = evidence.stream().map(Evidence::toString).collect(Collectors.joining("; "));
        return reviewReason == null ? parts : parts + "; held for review: " + reviewReason;
    }
}
