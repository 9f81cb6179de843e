package doorstep.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Firebase ID token as the securetoken service issues one, built claim by claim so a test can
 * change exactly one thing about an otherwise valid token. Immutable: each change returns a copy.
 */
public final class IdToken {

    public static final String PROJECT_ID = AuthEmulator.PROJECT_ID;
    public static final String ISSUER = "https://securetoken.google.com/" + PROJECT_ID;

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Object> claims;

    private IdToken(Map<String, Object> claims) {
        this.claims = claims;
    }

    /** A valid token of a user who signed in a minute ago, with Doorstep's custom claims. */
    public static IdToken of(String uid, String tenant, String agency, String... roles) {
        Instant issued = Instant.now().minusSeconds(60);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", PROJECT_ID);
        claims.put("auth_time", issued.getEpochSecond());
        claims.put("user_id", uid);
        claims.put("sub", uid);
        claims.put("iat", issued.getEpochSecond());
        claims.put("exp", issued.plus(Duration.ofHours(1)).getEpochSecond());
        claims.put("tenant", tenant);
        claims.put("agency", agency);
        claims.put("roles", List.of(roles));
        claims.put("firebase", Map.of("identities", Map.of(), "sign_in_provider", "password"));
        return new IdToken(claims);
    }

    public IdToken with(String claim, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.put(claim, value);
        return new IdToken(changed);
    }

    public IdToken issuedAt(Instant at) {
        return with("iat", at.getEpochSecond()).with("auth_time", at.getEpochSecond());
    }

    public IdToken expiresAt(Instant at) {
        return with("exp", at.getEpochSecond());
    }

    /** Signed with RS256 by the key, naming it in the {@code kid} header. */
    public String signedWith(TokenSigningKey key) {
        return signedWith(key, key.keyId());
    }

    /** Signed with RS256 by the key, but naming whatever key id the caller likes. */
    public String signedWith(TokenSigningKey key, String keyId) {
        String signingInput = encode(Map.of("alg", "RS256", "kid", keyId, "typ", "JWT")) + "." + encode(claims);
        return signingInput + "." + BASE64URL.encodeToString(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** An unsecured JWT ({@code alg: none}, RFC 7519 section 6) naming a key id, with an empty signature. */
    public String unsigned(String keyId) {
        return encode(Map.of("alg", "none", "kid", keyId, "typ", "JWT")) + "." + encode(claims) + ".";
    }

    /** The signed token with one payload claim changed and the original signature kept. */
    public static String tampered(String signedToken, String claim, Object value) {
        String[] parts = signedToken.split("\\.", -1); // -1 keeps the empty signature of an unsigned token
        try {
            Map<String, Object> payload = new LinkedHashMap<>(JSON.readValue(Base64.getUrlDecoder().decode(parts[1]),
                    Argument.mapOf(String.class, Object.class)));
            payload.put(claim, value);
            return parts[0] + "." + encode(payload) + "." + parts[2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
