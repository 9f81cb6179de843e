package doorstep.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * @param sessionLength how long a console session lasts after sign-in (Firebase allows 5 minutes to 14 days)
 * @param secureCookie  mark the session cookie Secure (HTTPS only); off only in development and tests
 * @param csrfKey       secret (base64, 32 bytes or more) the forms' CSRF tokens are keyed with; every
 *                      replica needs the same one. When unset, each process makes its own at start.
 * @param webApiKey     the Firebase project's Web API key, for the password sign-in call (any value with the emulator)
 * @param reasonLife    how long the address a reason given on "Why are you looking at this record?" leads to
 *                      shows the record (reloads included); after it the reader is asked again
 */
@ConfigurationProperties("doorstep.console")
record ConsoleConfiguration(@NotNull Duration sessionLength, boolean secureCookie, @Nullable String csrfKey,
                            @Nullable String webApiKey,
                            @NotNull Duration reasonLife) {
}
