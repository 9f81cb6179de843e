package doorstep.console;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A form's token against cross-site request forgery: an HMAC of the session cookie under a server key,
 * so it needs no storage, differs per session and dies with it. A forger's page cannot read it.
 */
@Singleton
class CsrfTokens {

    static final String FIELD = "csrfToken";

    private final SecretKeySpec key;

    CsrfTokens(ConsoleConfiguration configuration) {
        byte[] secret;
        if (configuration.csrfKey() == null || configuration.csrfKey().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = Base64.getDecoder().decode(configuration.csrfKey().trim());
            if (secret.length < 32) {
                throw new IllegalStateException("doorstep.console.csrf-key must be at least 32 random bytes in base64 "
                        + "(e.g. openssl rand -base64 32)");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String tokenFor(String sessionCookie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionCookie.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    boolean matches(ConsoleCaller caller, String submitted) {
        return submitted != null && MessageDigest.isEqual(caller.csrfToken().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}
