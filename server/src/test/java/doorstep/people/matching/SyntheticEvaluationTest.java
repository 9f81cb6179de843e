package doorstep.people.matching;

import doorstep.people.LinkageMetrics;
import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPerson;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets on synthetic West Midlands data the parameters were not estimated on:
 * mentions resolved one at a time against the people resolved so far.
 */
class SyntheticEvaluationTest {

    static final long POPULATION_SEED = 21;
    static final int POPULATION_SIZE = 40_000;
    static final long STREAM_SEED = 22;
    static final int MENTIONS = 25_000;

    private static LinkageMetrics metrics;

    @BeforeAll
    static void resolveTheStream() {
        SyntheticPopulation population = SyntheticPopulation.generate(POPULATION_SEED, POPULATION_SIZE);
        List<Mention> mentions = MentionStream.generate(population, STREAM_SEED, MENTIONS);
        ResolutionRun run = new ResolutionRun(new Resolver(new PersonMatcher(), frequenciesOf(population),
                MatchThresholds.DEFAULTS)).resolveAll(mentions);
        metrics = run.metrics();
        System.out.println("Synthetic (" + MENTIONS + " mentions, thresholds " + MatchThresholds.DEFAULTS + "): " + metrics);
        System.out.println("Synthetic candidates per mention: " + CandidateCounts.of(run.outcomes()));
    }

    static InMemoryTermFrequencies frequenciesOf(SyntheticPopulation population) {
        InMemoryTermFrequencies frequencies = new InMemoryTermFrequencies();
        for (SyntheticPerson person : population.people()) {
            frequencies.count(new PersonRecord(person.givenName(), person.familyName(),
                    person.dateOfBirth(), person.sex(), null));
        }
        return frequencies;
    }

    // Measured on this stream: precision 0.9959, recall 0.9730, review 1.9%, recall with review
    // 0.9806; each asserts the target. On six other streams (seeds 11/12, 31/32 to 71/72,
    // run with FalsePairsReport) precision was 0.9941 to 0.9973 (below 0.995 on one: a mention
    // carrying a family member's NHS number, which identifiers-first links), recall 0.960 to 0.980,
    // recall with review 0.9798 to 0.9904 (below 0.98 on one, by 0.0002). The figures are pairwise,
    // so a few people mentioned eighty times or more move them by tenths of a percent.

    @Test
    void automaticPrecisionMeetsTheTarget() {
        assertTrue(metrics.precision() >= 0.995, "automatic precision " + metrics.precision() + " is below 0.995");
    }

    @Test
    void automaticRecallMeetsTheTarget() {
        assertTrue(metrics.recall() >= 0.90, "automatic recall " + metrics.recall() + " is below 0.90");
    }

    @Test
    void atMostOneMentionInTenGoesToReview() {
        assertTrue(metrics.reviewShare() <= 0.10, "review share " + metrics.reviewShare() + " is above 0.10");
    }

    @Test
    void recallIfEveryReviewWereDecidedRightMeetsTheTarget() {
        assertTrue(metrics.recallWithReview() >= 0.98, "recall with review " + metrics.recallWithReview() + " is below 0.98");
    }
}
