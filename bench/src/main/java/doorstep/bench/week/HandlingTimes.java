package doorstep.bench.week;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long a triager works on one contact, by its rating: log-normal around the given mean (most
 * contacts near it, a few taking two or three times as long), spread {@link #SPREAD}.
 */
record HandlingTimes(Duration red, Duration amber, Duration green) {

    /** The log-normal's sigma: about one contact in twenty takes more than twice the mean. */
    static final double SPREAD = 0.5;

    Duration mean(FrontDoor.Rag rag) {
        return switch (rag) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
        };
    }

    Duration sample(FrontDoor.Rag rag, SplittableRandom random) {
        double meanSeconds = mean(rag).toSeconds();
        double mu = Math.log(meanSeconds) - SPREAD * SPREAD / 2;
        return Duration.ofSeconds(Math.round(Math.exp(mu + SPREAD * gaussian(random))));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
