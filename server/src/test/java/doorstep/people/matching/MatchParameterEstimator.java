package doorstep.people.matching;

import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Rewrites src/main/resources/.../match-parameters.properties. Run it after changing a comparison:
 * {@code mvn -o test -pl server -Dtest=MatchParameterEstimator -Dmatching.estimate=true}.
 * m comes from labelled pairs (successive mentions of the same synthetic person), u from random
 * pairs of mentions of different people; the look-alike levels' u from blocked candidate pairs of
 * different people, because random pairs almost never share a household. Seeds differ from the
 * evaluation's, so the evaluation measures parameters on data they were not fitted to.
 */
@EnabledIfSystemProperty(named = "matching.estimate", matches = "true")
class MatchParameterEstimator {

    static final long POPULATION_SEED = 11;
    static final int POPULATION_SIZE = 30_000;
    static final long STREAM_SEED = 12;
    static final int MENTIONS = 30_000;
    static final int RANDOM_PAIRS = 1_000_000;

    @Test
    void estimateAndWriteParameters() throws IOException {
        List<Mention> mentions = MentionStream.generate(SyntheticPopulation.generate(POPULATION_SEED, POPULATION_SIZE),
                STREAM_SEED, MENTIONS);
        List<NormalisedPerson> normalised = mentions.stream().map(m -> m.record().normalised()).toList();
        Map<Judged, LevelCounts> m = counts();
        Map<Judged, LevelCounts> u = counts();
        Map<String, Integer> lastMentionOf = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Integer previous = lastMentionOf.put(mentions.get(i).truePersonId(), i);
            if (previous != null) {
                add(m, ComparisonVector.of(normalised.get(i), normalised.get(previous)), true);
            }
        }
        Random random = new Random(13);
        for (int n = 0; n < RANDOM_PAIRS; n++) {
            int a = random.nextInt(mentions.size());
            int b = random.nextInt(mentions.size());
            if (!mentions.get(a).truePersonId().equals(mentions.get(b).truePersonId())) {
                ComparisonVector vector = ComparisonVector.of(normalised.get(a), normalised.get(b));
                u.get(Judged.AMONG_ALL).add(vector);
                if (contextOf(vector) == Judged.ACROSS_POSTCODES) {
                    u.get(Judged.ACROSS_POSTCODES).add(vector);
                }
            }
        }
        Map<String, List<Integer>> mentionsByKey = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Set<Integer> candidates = new java.util.HashSet<>();
            for (String key : BlockingKeys.lookup(normalised.get(i))) {
                candidates.addAll(mentionsByKey.getOrDefault(key, List.of()));
            }
            for (int j : candidates) {
                ComparisonVector vector = ComparisonVector.of(normalised.get(i), normalised.get(j));
                Judged context = contextOf(vector);
                if (!mentions.get(i).truePersonId().equals(mentions.get(j).truePersonId())
                        && (context == Judged.WITHIN_HOUSEHOLD || context == Judged.WITHIN_POSTCODE)) {
                    u.get(context).add(vector);
                }
            }
            for (String key : BlockingKeys.of(normalised.get(i))) {
                mentionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        write(m, u, Path.of("src/main/resources/doorstep/people/matching/match-parameters.properties"));
    }

    private static Map<Judged, LevelCounts> counts() {
        Map<Judged, LevelCounts> counts = new EnumMap<>(Judged.class);
        for (Judged judged : Judged.values()) {
            counts.put(judged, new LevelCounts());
        }
        return counts;
    }

    private static void add(Map<Judged, LevelCounts> counts, ComparisonVector vector, boolean alsoAmongAll) {
        if (alsoAmongAll) {
            counts.get(Judged.AMONG_ALL).add(vector);
        }
        Judged context = contextOf(vector);
        if (context != Judged.AMONG_ALL) {
            counts.get(context).add(vector);
        }
    }

    /** The context a pair falls in for the comparisons judged in context (the address). */
    private static Judged contextOf(ComparisonVector vector) {
        return Judged.of(AddressLevel.MISSING, vector);
    }

    private static void write(Map<Judged, LevelCounts> m, Map<Judged, LevelCounts> u, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Written by MatchParameterEstimator (server/src/test/java/doorstep/people/matching); do not edit by hand.\n");
            out.write(String.format(Locale.ROOT, "# Data: SyntheticPopulation seed %d, %d people; MentionStream seed %d, %d mentions.%n",
                    POPULATION_SEED, POPULATION_SIZE, STREAM_SEED, MENTIONS));
            out.write(String.format(Locale.ROOT, "# m: %d labelled pairs (successive mentions of one person), add-one smoothed.%n",
                    m.get(Judged.AMONG_ALL).pairs));
            out.write(String.format(Locale.ROOT, "# u: %d random pairs of mentions of different people.%n", u.get(Judged.AMONG_ALL).pairs));
            out.write(String.format(Locale.ROOT, "# u.household: %d blocked candidate pairs of different people with a like family name at one postcode.%n",
                    u.get(Judged.WITHIN_HOUSEHOLD).pairs));
            out.write(String.format(Locale.ROOT, "# u.postcode: %d blocked candidate pairs of different people at one postcode, not one household.%n",
                    u.get(Judged.WITHIN_POSTCODE).pairs));
            out.write(String.format(Locale.ROOT, "# u.moved: %d random pairs of different people at different postcodes.%n",
                    u.get(Judged.ACROSS_POSTCODES).pairs));
            out.write("# m.household, m.postcode, m.moved: labelled pairs in that context, for the address, whose m depends on it.\n");
            out.write("# name order SWAPPED has u = 1: the crosswise name levels already carry the agreement, this level only\n");
            out.write("# how rarely true matches are swapped.\n");
            out.write("# household (a like family name at one postcode) is estimated jointly, m and u over all pairs;\n"
                    + "# the family name's m over all labelled pairs, households included.\n");
            for (Comparison comparison : Comparison.values()) {
                for (ComparisonLevel level : comparison.levels()) {
                    if (level.neutral()) {
                        continue;
                    }
                    double uValue = level == NameOrderLevel.SWAPPED ? 1.0 : u.get(Judged.AMONG_ALL).probability(level);
                    out.write(String.format(Locale.ROOT, "%s.m=%.6g%n%s.u=%.6g%n", level.key(),
                            m.get(Judged.AMONG_ALL).probability(level), level.key(), uValue));
                    for (Judged judged : Judged.values()) {
                        boolean household = judged == Judged.WITHIN_HOUSEHOLD && comparison.conditionalOnHousehold();
                        boolean postcode = judged != Judged.AMONG_ALL && comparison.conditionalOnPostcode();
                        if (household || postcode) {
                            out.write(String.format(Locale.ROOT, "%s.u%s=%.6g%n", level.key(), judged.parameterSuffix(),
                                    u.get(judged).probability(level)));
                        }
                        if (postcode) {
                            out.write(String.format(Locale.ROOT, "%s.m%s=%.6g%n", level.key(), judged.parameterSuffix(),
                                    m.get(judged).probability(level)));
                        }
                    }
                }
            }
        }
    }

    private static final class LevelCounts {
        private final Map<Comparison, Map<ComparisonLevel, Long>> counts = new EnumMap<>(Comparison.class);
        private long pairs;

        void add(ComparisonVector vector) {
            pairs++;
            for (ComparisonLevel level : vector.levels()) {
                counts.computeIfAbsent(level.comparison(), c -> new LinkedHashMap<>()).merge(level, 1L, Long::sum);
            }
            if (vector.sameHousehold()) {
                // The household level stands in for the family name at one postcode, but the family
                // name's own m and u are taken over every pair: counted only where no household is
                // seen, m would be that of misspelt names and moves, and a misspelling would outscore
                // the name. (Random pairs seldom share a household, so u hardly moves.)
                counts.computeIfAbsent(Comparison.FAMILY_NAME, c -> new LinkedHashMap<>()).merge(vector.familyName(), 1L, Long::sum);
            }
        }

        /** Among pairs where both values are present: a missing value says nothing either way. */
        double probability(ComparisonLevel level) {
            Map<ComparisonLevel, Long> byLevel = counts.getOrDefault(level.comparison(), Map.of());
            if (level.comparison() == Comparison.HOUSEHOLD) {
                return (byLevel.getOrDefault(level, 0L) + 1.0) / (pairs + 2.0);
            }
            List<ComparisonLevel> informative = level.comparison().levels().stream()
                    .filter(l -> !l.name().equals("MISSING")).toList();
            long total = informative.stream().mapToLong(l -> byLevel.getOrDefault(l, 0L)).sum();
            return (byLevel.getOrDefault(level, 0L) + 1.0) / (total + informative.size());
        }
    }
}
