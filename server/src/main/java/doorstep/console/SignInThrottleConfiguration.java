package doorstep.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How many failed console sign-ins {@link SignInAttempts} allows in a sliding {@code window} (default 15
 * minutes): per account (default 5) and per client address (default 50), remembering at most
 * {@code trackedAtMost} accounts and as many addresses (default 100,000 each).
 */
@ConfigurationProperties("doorstep.console.sign-in-throttle")
record SignInThrottleConfiguration(@Bindable(defaultValue = "15m") @NotNull Duration window,
                                   @Bindable(defaultValue = "5") int accountFailures,
                                   @Bindable(defaultValue = "50") int addressFailures,
                                   @Bindable(defaultValue = "100000") int trackedAtMost) {

    SignInThrottleConfiguration {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("doorstep.console.sign-in-throttle.window must be a positive duration, such as 15m");
        }
        if (accountFailures < 1 || addressFailures < 1 || trackedAtMost < 1) {
            throw new IllegalArgumentException("doorstep.console.sign-in-throttle.account-failures, address-failures"
                    + " and tracked-at-most must be 1 or more, such as 5, 50 and 100000");
        }
    }
}
