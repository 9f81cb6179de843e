package doorstep.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/**
 * The agencies this server's tenants work with, by the codes users' {@code agency} claims carry
 * (police, health, education, social-care, ...): {@code doorstep.agencies.known}.
 */
@ConfigurationProperties("doorstep.agencies")
record AgencyConfiguration(@NotEmpty List<String> known) {
}
