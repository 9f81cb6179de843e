package doorstep.people.matching;

import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

/**
 * How MatchThresholds.DEFAULTS are chosen: resolves a stream at several thresholds and prints the
 * figures. The stream is the one the parameters were estimated on, not the evaluation's, so the
 * evaluation stays a measurement on data nothing was chosen on. Run with
 * {@code mvn -o test -pl server -Dtest=ThresholdSweep -Dmatching.sweep=true}.
 */
@EnabledIfSystemProperty(named = "matching.sweep", matches = "true")
class ThresholdSweep {

    @Test
    void printFiguresPerThreshold() {
        SyntheticPopulation population = SyntheticPopulation.generate(MatchParameterEstimator.POPULATION_SEED,
                MatchParameterEstimator.POPULATION_SIZE);
        List<Mention> mentions = MentionStream.generate(population, MatchParameterEstimator.STREAM_SEED,
                MatchParameterEstimator.MENTIONS);
        for (double c : new double[]{12, 14, 15, 16, 17, 18}) {
            for (double p : new double[]{6, 8}) {
                var run = new ResolutionRun(new Resolver(new PersonMatcher(), SyntheticEvaluationTest.frequenciesOf(population),
                        new MatchThresholds(c, p))).resolveAll(mentions);
                System.out.println("SWEEP c=" + c + " p=" + p + " " + run.metrics() + " cand " + CandidateCounts.of(run.outcomes()));
            }
        }
    }
}
