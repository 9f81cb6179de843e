package doorstep.people.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The m and u probability of every comparison level (m: how often true matches show the level,
 * u: how often different people do), read from {@code match-parameters.properties}, which
 * {@code MatchParameterEstimator} in the tests writes.
 */
final class MatchParameters {

    /** Splink's floor for a term-frequency u: no name is rarer than this, however rare it looks so far. */
    static final double MINIMUM_TERM_SHARE = 1e-5;

    private static final MatchParameters BUILT_IN = load("match-parameters.properties");

    private final Properties values;

    MatchParameters(Properties values) {
        this.values = values;
    }

    static MatchParameters builtIn() {
        return BUILT_IN;
    }

    /** These parameters with some values replaced (keys as in the properties file). */
    MatchParameters with(Map<String, Double> replaced) {
        Properties copy = new Properties();
        copy.putAll(values);
        replaced.forEach((key, value) -> copy.setProperty(key, Double.toString(value)));
        return new MatchParameters(copy);
    }

    /** The value of a key, or the fallback when the file has none. */
    double valueOr(String key, double fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Double.parseDouble(value);
    }

    double m(ComparisonLevel level) {
        return value(level.key() + ".m");
    }

    double u(ComparisonLevel level) {
        return value(level.key() + ".u");
    }

    double weight(ComparisonLevel level) {
        return level.neutral() ? 0 : log2(m(level) / u(level));
    }

    /**
     * The weight among the pairs the level is judged within: u always taken there; m too where the
     * estimator wrote one (an address's m within one postcode is not its m across a move).
     */
    double weight(ComparisonLevel level, Judged judged) {
        if (judged == Judged.AMONG_ALL || level.neutral()) {
            return weight(level);
        }
        String m = values.getProperty(level.key() + ".m" + judged.parameterSuffix());
        return log2((m == null ? m(level) : Double.parseDouble(m)) / value(level.key() + ".u" + judged.parameterSuffix()));
    }

    /** Splink's term-frequency adjustment: an exact match on a common name is weaker evidence than on a rare one. */
    double weightForExactValue(ComparisonLevel level, double share) {
        return log2(m(level) / Math.max(share, MINIMUM_TERM_SHARE));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private double value(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No parameter " + key + "; re-run MatchParameterEstimator to regenerate "
                    + "match-parameters.properties");
        }
        return Double.parseDouble(value);
    }

    private static MatchParameters load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MatchParameters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " beside MatchParameters");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new MatchParameters(properties);
    }
}
