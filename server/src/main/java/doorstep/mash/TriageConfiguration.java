package doorstep.mash;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How long a claim holds without its holder claiming, reading or saving again
 * ({@code doorstep.mash.claim-lease}, default 30 minutes).
 */
@ConfigurationProperties("doorstep.mash")
record TriageConfiguration(@NotNull Duration claimLease) {

    TriageConfiguration {
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("doorstep.mash.claim-lease must be a positive duration, such as 30m");
        }
    }
}
