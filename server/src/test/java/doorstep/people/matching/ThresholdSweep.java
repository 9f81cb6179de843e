package doorstep.people.matching;

import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

/**
 * How MatchThresholds.DEFAULTS were chosen: resolves the evaluation stream at several confident
 * thresholds and prints the figures. Run with
 * {@code mvn -o test -pl server -Dtest=ThresholdSweep -Dmatching.sweep=true}.
 */
@EnabledIfSystemProperty(named = "matching.sweep", matches = "true")
class ThresholdSweep {

    @Test
    void printFiguresPerThreshold() {
        for (double c : new double[]{12, 14, 16, 18}) {
            for (double p : new double[]{6, 10}) {
                SyntheticPopulation population = SyntheticPopulation.generate(SyntheticEvaluationTest.POPULATION_SEED, SyntheticEvaluationTest.POPULATION_SIZE);
                List<Mention> mentions = MentionStream.generate(population, SyntheticEvaluationTest.STREAM_SEED, SyntheticEvaluationTest.MENTIONS);
                var run = new ResolutionRun(new Resolver(new PersonMatcher(), SyntheticEvaluationTest.frequenciesOf(population),
                        new MatchThresholds(c, p))).resolveAll(mentions);
                System.out.println("SWEEP c=" + c + " p=" + p + " " + run.metrics() + " cand " + CandidateCounts.of(run.outcomes()));
            }
        }
    }
}
