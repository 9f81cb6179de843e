package doorstep.people;

import doorstep.people.matching.CandidateRanking;
import doorstep.people.matching.MatchThresholds;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Match weights (log2 Bayes factors) at which a mention is linked without asking anyone, or sent
 * to a person for review, chosen from precision measured on synthetic data (see {@link MatchThresholds});
 * and how many of the persons sharing a blocking key with a mention are scored at most
 * ({@link CandidateRanking}).
 */
@ConfigurationProperties("doorstep.people")
record PeopleConfiguration(@Bindable(defaultValue = "14.0") double confidentWeight,
                           @Bindable(defaultValue = "6.0") double possibleWeight,
                           @Bindable(defaultValue = "100") int candidateLimit) {

    PeopleConfiguration {
        if (candidateLimit < 1) {
            throw new IllegalArgumentException("doorstep.people.candidate-limit must be at least 1, not " + candidateLimit);
        }
    }

    MatchThresholds thresholds() {
        return new MatchThresholds(confidentWeight, possibleWeight);
    }
}
