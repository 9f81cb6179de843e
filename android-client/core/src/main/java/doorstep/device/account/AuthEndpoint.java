package doorstep.device.account;

import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where Firebase Auth answers: Google's hosts, or the Auth emulator, which serves the same paths
 * under its own address.
 *
 * @param identityToolkit base of {@code accounts:signInWithPassword}
 * @param secureToken base of the token refresh
 * @param apiKey the Firebase web API key (any text works against the emulator)
 */
public record AuthEndpoint(HttpUrl identityToolkit, HttpUrl secureToken, String apiKey) {

    public AuthEndpoint {
        Objects.requireNonNull(identityToolkit, "identityToolkit");
        Objects.requireNonNull(secureToken, "secureToken");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("A Firebase API key is needed; any text does for the emulator");
        }
    }

    public static AuthEndpoint firebase(String apiKey) {
        return new AuthEndpoint(HttpUrl.get("https://identitytoolkit.googleapis.com/v1/"),
                HttpUrl.get("https://securetoken.googleapis.com/v1/"), apiKey);
    }

    /** The Auth emulator at {@code base}, such as {@code http://10.0.2.2:9099}. */
    public static AuthEndpoint emulator(String base, String apiKey) {
        HttpUrl root = HttpUrl.get(base.endsWith("/") ? base : base + "/");
        return new AuthEndpoint(root.resolve("identitytoolkit.googleapis.com/v1/"),
                root.resolve("securetoken.googleapis.com/v1/"), apiKey);
    }

    HttpUrl signInUrl() {
        return identityToolkit.newBuilder().addPathSegment("accounts:signInWithPassword")
                .addQueryParameter("key", apiKey).build();
    }

    HttpUrl refreshUrl() {
        return secureToken.newBuilder().addPathSegment("token").addQueryParameter("key", apiKey).build();
    }
}
