package doorstep.people.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs of mentions put together by the resolver, by the truth, and by both. */
record PairwiseCounts(long predicted, long truth, long agreed) {

    static PairwiseCounts of(List<ResolutionRun.Outcome> outcomes, Map<String, String> clusterOfPerson) {
        Map<String, Long> byCluster = new HashMap<>();
        Map<String, Long> byTruth = new HashMap<>();
        Map<String, Long> byBoth = new HashMap<>();
        for (ResolutionRun.Outcome o : outcomes) {
            String cluster = clusterOfPerson.get(o.assignedPerson());
            String truth = o.mention().truePersonId();
            byCluster.merge(cluster, 1L, Long::sum);
            byTruth.merge(truth, 1L, Long::sum);
            byBoth.merge(cluster + "\u0000" + truth, 1L, Long::sum);
        }
        return new PairwiseCounts(pairs(byCluster), pairs(byTruth), pairs(byBoth));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) agreed / predicted;
    }

    double recall() {
        return truth == 0 ? 1.0 : (double) agreed / truth;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
