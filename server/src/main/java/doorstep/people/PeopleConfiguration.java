package doorstep.people;

import doorstep.people.matching.MatchThresholds;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Match weights (log2 Bayes factors) at which a mention is linked without asking anyone, or sent
 * to a person for review. Chosen from precision measured on synthetic data: see BENCHMARKS.md.
 */
@ConfigurationProperties("doorstep.people")
record PeopleConfiguration(@Bindable(defaultValue = "14.0") double confidentWeight,
                           @Bindable(defaultValue = "6.0") double possibleWeight) {

    MatchThresholds thresholds() {
        return new MatchThresholds(confidentWeight, possibleWeight);
    }
}
