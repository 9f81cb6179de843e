package doorstep.mash;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The deadline job ({@code doorstep.mash.breaches}): how often it runs for each tenant (default every
 * minute) and the share of a contact's allowed time gone at which it counts as near (default 0.75).
 * {@code enabled: false} stops the schedule on this server (tests drive the job themselves).
 */
@ConfigurationProperties("doorstep.mash.breaches")
record BreachConfiguration(@Bindable(defaultValue = "true") boolean enabled,
                           @Bindable(defaultValue = "1m") @NotNull Duration interval,
                           @Bindable(defaultValue = "0.75") double nearFraction) {

    BreachConfiguration {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("doorstep.mash.breaches.interval must be a positive duration, such as 1m");
        }
        if (!(nearFraction > 0 && nearFraction < 1)) {
            throw new IllegalArgumentException("doorstep.mash.breaches.near-fraction must be between 0 and 1, such as 0.75");
        }
    }
}
