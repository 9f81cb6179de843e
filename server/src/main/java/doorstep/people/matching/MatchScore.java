package doorstep.people.matching;

import java.util.List;
import java.util.stream.Collectors;

/** The match weight of a pair (log2 of how much likelier the levels are for the same person) and its parts. */
public record MatchScore(double weight, List<Evidence> evidence) {

    public MatchScore {
        evidence = List.copyOf(evidence);
    }

    public String explanation() {
        return evidence.stream().map(Evidence::toString).collect(Collectors.joining("; "));
    }
}
