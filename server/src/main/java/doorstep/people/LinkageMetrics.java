package doorstep.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise quality of a resolution run against known truth: precision, recall and F1 of the
 * automatic links, the share sent to review, and the recall if every review were decided right.
 */
public record LinkageMetrics(long mentions, double precision, double recall, double f1, double reviewShare,
                             double recallWithReview) {

    /** One resolved mention with the true identity it belongs to. */
    public record Outcome(String personId, ResolutionDecision decision, String candidatePersonId, String truth) {
    }

    public static LinkageMetrics of(List<Outcome> outcomes) {
        Map<String, String> truthOfPerson = new HashMap<>();
        outcomes.forEach(o -> truthOfPerson.putIfAbsent(o.personId(), o.truth()));
        Map<String, String> mergedInto = new HashMap<>();
        long reviews = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.decision() == ResolutionDecision.REVIEW) {
                reviews++;
                if (outcome.truth().equals(truthOfPerson.get(outcome.candidatePersonId()))) {
                    union(mergedInto, outcome.personId(), outcome.candidatePersonId());
                }
            }
        }
        Clusters automatic = new Clusters();
        Clusters reviewed = new Clusters();
        for (Outcome outcome : outcomes) {
            automatic.add(outcome.personId(), outcome.truth());
            reviewed.add(find(mergedInto, outcome.personId()), outcome.truth());
        }
        long truePairs = automatic.truePairs();
        double precision = ratio(truePairs, automatic.predictedPairs());
        double recall = ratio(truePairs, automatic.actualPairs());
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LinkageMetrics(outcomes.size(), precision, recall, f1, ratio(reviews, outcomes.size()),
                ratio(reviewed.truePairs(), reviewed.actualPairs()));
    }

    private static String find(Map<String, String> parent, String person) {
        String root = person;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "mentions=%d precision=%.4f recall=%.4f f1=%.4f review_share=%.4f recall_with_review=%.4f",
                mentions, precision, recall, f1, reviewShare, recallWithReview);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** Pairs counted from cluster sizes, never enumerated: a cluster of n mentions holds n(n-1)/2 pairs. */
    private static final class Clusters {
        private final Map<String, Long> predicted = new HashMap<>();
        private final Map<String, Long> actual = new HashMap<>();
        private final Map<String, Long> both = new HashMap<>();

        void add(String person, String truth) {
            predicted.merge(person, 1L, Long::sum);
            actual.merge(truth, 1L, Long::sum);
            both.merge(person + "\u0000" + truth, 1L, Long::sum);
        }

        long predictedPairs() {
            return pairs(predicted);
        }

        long actualPairs() {
            return pairs(actual);
        }

        long truePairs() {
            return pairs(both);
        }

        private static long pairs(Map<String, Long> sizes) {
            return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        }
    }
}
