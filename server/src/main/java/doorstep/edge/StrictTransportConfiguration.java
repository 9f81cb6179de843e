package doorstep.edge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * HTTP Strict Transport Security (RFC 6797). Off by default, since development serves plain HTTP;
 * turn it on where Doorstep is only reached over HTTPS, including behind a TLS-terminating proxy.
 */
@ConfigurationProperties("doorstep.http.hsts")
record StrictTransportConfiguration(@Bindable(defaultValue = "false") boolean enabled,
                                    @Bindable(defaultValue = "365d") Duration maxAge,
                                    @Bindable(defaultValue = "false") boolean includeSubdomains) {

    StrictTransportConfiguration {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("doorstep.http.hsts.max-age must not be negative, e.g. 365d");
        }
    }

    /** The header's value, or null when it is not to be sent. */
    @Nullable
    String headerValue() {
        if (!enabled) {
            return null;
        }
        return "max-age=" + maxAge.toSeconds() + (includeSubdomains ? "; includeSubDomains" : "");
    }
}
