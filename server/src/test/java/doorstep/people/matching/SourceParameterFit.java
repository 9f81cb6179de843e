package doorstep.people.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fits the match parameters to one source's own records, without labels, as Splink does: u from
 * random pairs of the records (almost all of them different people), m, and the u of levels judged
 * within a household or postcode, by expectation maximisation over the blocked candidate pairs,
 * starting from the built-in parameters.
 */
final class SourceParameterFit {

    private static final int RANDOM_PAIRS = 500_000;
    private static final int ITERATIONS = 25;
    /** Pseudo-pairs of the built-in value mixed into each estimate, so an unseen level keeps a sane value. */
    private static final double PRIOR_PAIRS = 5;

    private SourceParameterFit() {
    }

    static MatchParameters fit(List<PersonRecord> records, long seed) {
        List<NormalisedPerson> people = records.stream().map(PersonRecord::normalised).toList();
        MatchParameters builtIn = MatchParameters.builtIn();
        Map<String, Double> randomU = new HashMap<>();
        estimate(randomPairCounts(people, seed), builtIn, "u", randomU);
        Map<String, Double> values = new HashMap<>(randomU);
        List<ComparisonVector> blocked = blockedPairs(people);
        double lambda = 0.2;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            lambda = maximise(blocked, builtIn.with(values), lambda, builtIn, values);
        }
        // As Splink does: the u the mixture found among blocked pairs served the fit only; where
        // random pairs can say (every level not judged within a household or postcode), theirs stands.
        values.putAll(randomU);
        return builtIn.with(values);
    }

    private static Map<String, double[]> randomPairCounts(List<NormalisedPerson> people, long seed) {
        Map<String, double[]> counts = new HashMap<>();
        Random random = new Random(seed);
        for (int n = 0; n < RANDOM_PAIRS; n++) {
            ComparisonVector vector = ComparisonVector.of(people.get(random.nextInt(people.size())),
                    people.get(random.nextInt(people.size())));
            countHousehold(counts, vector, 1.0);
            for (ComparisonLevel level : vector.levels()) {
                Judged judged = Judged.of(level, vector);
                if (level != HouseholdLevel.SAME_HOUSEHOLD && (judged == Judged.AMONG_ALL || judged == Judged.ACROSS_POSTCODES)) {
                    count(counts, level, judged, 1.0);
                }
            }
        }
        return counts;
    }

    /** One expectation-maximisation step: writes the new m and u into values, returns the new match share. */
    private static double maximise(List<ComparisonVector> blocked, MatchParameters current, double lambda,
                                   MatchParameters builtIn, Map<String, Double> values) {
        Map<String, double[]> matchCounts = new HashMap<>();
        Map<String, double[]> otherCounts = new HashMap<>();
        double total = 0;
        for (ComparisonVector vector : blocked) {
            double bits = MatchParameters.log2(lambda / (1 - lambda));
            for (ComparisonLevel level : vector.levels()) {
                if (level != NameOrderLevel.AS_RECORDED) {
                    bits += current.weight(level, Judged.of(level, vector));
                }
            }
            double p = 1 / (1 + Math.pow(2, -bits));
            total += p;
            countHousehold(matchCounts, vector, p);
            countHousehold(otherCounts, vector, 1 - p);
            if (vector.sameHousehold()) {
                // As MatchParameterEstimator: the family name's m over every pair, households included.
                count(matchCounts, vector.familyName(), Judged.AMONG_ALL, p);
                count(otherCounts, vector.familyName(), Judged.AMONG_ALL, 1 - p);
            }
            for (ComparisonLevel level : vector.levels()) {
                if (level != HouseholdLevel.SAME_HOUSEHOLD) {
                    count(matchCounts, level, Judged.of(level, vector), p);
                    count(otherCounts, level, Judged.of(level, vector), 1 - p);
                }
            }
        }
        estimate(matchCounts, builtIn, "m", values);
        estimate(otherCounts, builtIn, "u", values);
        return total / blocked.size();
    }

    private static List<ComparisonVector> blockedPairs(List<NormalisedPerson> people) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<ComparisonVector> pairs = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String key : BlockingKeys.lookup(people.get(i))) {
                candidates.addAll(byKey.getOrDefault(key, List.of()));
            }
            for (int j : candidates) {
                pairs.add(ComparisonVector.of(people.get(i), people.get(j)));
            }
            for (String key : BlockingKeys.of(people.get(i))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return pairs;
    }

    /** Counts per comparison and context: index = level ordinal, last = total of non-neutral levels. */
    private static void count(Map<String, double[]> counts, ComparisonLevel level, Judged judged, double weight) {
        if (level.neutral() || level instanceof NameOrderLevel) {
            return;
        }
        List<ComparisonLevel> levels = level.comparison().levels();
        double[] row = counts.computeIfAbsent(level.comparison().name() + "|" + judged.name(), k -> new double[levels.size() + 1]);
        row[levels.indexOf(level)] += weight;
        row[levels.size()] += weight;
    }

    /** The household level is judged over every pair, not only those where it holds. */
    private static void countHousehold(Map<String, double[]> counts, ComparisonVector vector, double weight) {
        double[] row = counts.computeIfAbsent(Comparison.HOUSEHOLD.name() + "|" + Judged.AMONG_ALL.name(), k -> new double[2]);
        row[0] += vector.sameHousehold() ? weight : 0;
        row[1] += weight;
    }

    private static void estimate(Map<String, double[]> counts, MatchParameters builtIn, String probability,
                                 Map<String, Double> values) {
        counts.forEach((group, row) -> {
            Comparison comparison = Comparison.valueOf(group.substring(0, group.indexOf('|')));
            Judged judged = Judged.valueOf(group.substring(group.indexOf('|') + 1));
            for (ComparisonLevel level : comparison.levels()) {
                if (level.neutral()) {
                    continue;
                }
                String key = level.key() + "." + probability + judged.parameterSuffix();
                double prior = builtIn.valueOr(key, builtIn.valueOr(level.key() + "." + probability, 1e-4));
                values.put(key, (row[comparison.levels().indexOf(level)] + PRIOR_PAIRS * prior) / (row[row.length - 1] + PRIOR_PAIRS));
            }
        });
    }
}
