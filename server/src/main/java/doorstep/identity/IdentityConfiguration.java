package doorstep.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * @param projectId        the Firebase project whose ID tokens are accepted
 * @param authEmulatorHost host:port of the Firebase Auth emulator; allowed only in dev and test runs
 */
@ConfigurationProperties("doorstep.identity")
public record IdentityConfiguration(@NotBlank String projectId, @Nullable String authEmulatorHost) {
}
