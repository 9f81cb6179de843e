package doorstep.people.matching;

import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a synthetic stream's pairwise errors come from: the figures, then the clusters holding the
 * most false pairs (each mention filed under another person, with the evidence it was linked on),
 * then the people split into the costliest fragments (the first mention of each, and why it was
 * not linked). A tool for matching work, not a test. Run with
 * {@code mvn -o test -pl server -Dtest=FalsePairsReport -Dmatching.report=true}; optional
 * {@code -Dreport.seeds=31,32} (population and stream seeds; default the evaluation's),
 * {@code -Dreport.people=40000 -Dreport.mentions=25000}, {@code -Dreport.limit=20},
 * {@code -Dreport.confident=14 -Dreport.possible=6}.
 */
@EnabledIfSystemProperty(named = "matching.report", matches = "true")
class FalsePairsReport {

    @Test
    void printWhereTheErrorsComeFrom() {
        String[] seeds = System.getProperty("report.seeds", SyntheticEvaluationTest.POPULATION_SEED + ","
                + SyntheticEvaluationTest.STREAM_SEED).split(",");
        SyntheticPopulation population = SyntheticPopulation.generate(Long.parseLong(seeds[0]),
                Integer.getInteger("report.people", SyntheticEvaluationTest.POPULATION_SIZE));
        List<Mention> mentions = MentionStream.generate(population, Long.parseLong(seeds[1]),
                Integer.getInteger("report.mentions", SyntheticEvaluationTest.MENTIONS));
        MatchThresholds thresholds = new MatchThresholds(
                Double.parseDouble(System.getProperty("report.confident", String.valueOf(MatchThresholds.DEFAULTS.confident()))),
                Double.parseDouble(System.getProperty("report.possible", String.valueOf(MatchThresholds.DEFAULTS.possible()))));
        ResolutionRun run = new ResolutionRun(new Resolver(new PersonMatcher(),
                SyntheticEvaluationTest.frequenciesOf(population), thresholds)).resolveAll(mentions);
        int limit = Integer.getInteger("report.limit", 20);
        System.out.println("Seeds " + seeds[0] + "/" + seeds[1] + ", " + thresholds + ": " + run.metrics());

        System.out.println("\nClusters with the most false pairs:");
        costliest(groups(run.outcomes(), ResolutionRun.Outcome::assignedPerson), cluster -> {
            Map<String, Long> sizes = sizesByTruth(cluster);
            String owner = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            long n = cluster.size();
            long cost = n * (n - 1) / 2 - sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
            StringBuilder text = new StringBuilder("CLUSTER false pairs " + cost + ", mentions by true person " + sizes);
            cluster.stream().filter(o -> !o.mention().truePersonId().equals(owner)).forEach(o -> text.append(
                    "\n  filed here: ").append(describe(o)));
            return new Costed(cost, text.toString());
        }).stream().limit(limit).forEach(System.out::println);

        System.out.println("\nPeople split into fragments, costliest first:");
        costliest(groups(run.outcomes(), o -> o.mention().truePersonId()), person -> {
            Map<String, List<ResolutionRun.Outcome>> fragments = groups(person, ResolutionRun.Outcome::assignedPerson).stream()
                    .collect(Collectors.toMap(f -> f.get(0).assignedPerson(), f -> f));
            long total = person.size();
            long cost = fragments.values().stream().mapToLong(f -> f.size() * (total - f.size())).sum() / 2;
            StringBuilder text = new StringBuilder("PERSON missed pairs " + cost + ", fragment sizes "
                    + fragments.values().stream().map(List::size).toList());
            fragments.values().forEach(f -> text.append("\n  fragment begun by: ").append(describe(f.get(0))));
            return new Costed(cost, text.toString());
        }).stream().limit(limit).forEach(System.out::println);
    }

    private record Costed(long cost, String text) {
    }

    private static List<List<ResolutionRun.Outcome>> groups(List<ResolutionRun.Outcome> outcomes,
                                                            Function<ResolutionRun.Outcome, String> key) {
        Map<String, List<ResolutionRun.Outcome>> grouped = new LinkedHashMap<>();
        outcomes.forEach(o -> grouped.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return new ArrayList<>(grouped.values());
    }

    private static Map<String, Long> sizesByTruth(List<ResolutionRun.Outcome> cluster) {
        return cluster.stream().collect(Collectors.groupingBy(o -> o.mention().truePersonId(), Collectors.counting()));
    }

    private static List<String> costliest(List<List<ResolutionRun.Outcome>> groups,
                                          Function<List<ResolutionRun.Outcome>, Costed> costing) {
        return groups.stream().map(costing).filter(c -> c.cost() > 0)
                .sorted(Comparator.comparingLong(Costed::cost).reversed()).map(Costed::text).toList();
    }

    private static String describe(ResolutionRun.Outcome outcome) {
        return outcome.mention().mentionId() + " " + outcome.band() + " " + outcome.mention().record()
                + " slips " + outcome.mention().errors() + "\n    " + (outcome.score() == null ? "no candidate"
                : outcome.score().explanation() + " = " + String.format(Locale.ROOT, "%.1f", outcome.score().weight()));
    }
}
