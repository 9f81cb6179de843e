package doorstep.people.matching;

import java.util.List;
import java.util.Locale;

/** How many people a mention's blocking keys bring back: the work per mention and the size of a PRF lookup. */
record CandidateCounts(double average, int p99, int max) {

    static CandidateCounts of(List<ResolutionRun.Outcome> outcomes) {
        return of(outcomes.stream().mapToInt(ResolutionRun.Outcome::candidates).toArray());
    }

    static CandidateCounts of(int[] counts) {
        int[] sorted = counts.clone();
        java.util.Arrays.sort(sorted);
        double average = java.util.Arrays.stream(sorted).average().orElse(0);
        return new CandidateCounts(average, sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                sorted[sorted.length - 1]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "average %.1f, p99 %d, max %d", average, p99, max);
    }
}
