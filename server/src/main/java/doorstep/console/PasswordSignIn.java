package doorstep.console;

import doorstep.identity.IdentityConfiguration;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email and password to a Firebase ID token through the Identity Toolkit REST API (the Auth emulator
 * serves the same path in development), so the sign-in form needs no JavaScript.
 */
@Singleton
class PasswordSignIn {

    private static final String EMULATOR_VARIABLE = "FIREBASE_AUTH_EMULATOR_HOST";
    private static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS_TRY_LATER";
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z][A-Z_]+");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final URI endpoint;

    @Inject
    PasswordSignIn(JsonMapper json, IdentityConfiguration identity, ConsoleConfiguration console) {
        this(json, endpoint(identity, console));
    }

    PasswordSignIn(JsonMapper json, URI endpoint) {
        this.json = json;
        this.endpoint = endpoint;
    }

    private static URI endpoint(IdentityConfiguration identity, ConsoleConfiguration console) {
        String emulator = System.getenv(EMULATOR_VARIABLE);
        if (emulator == null || emulator.isBlank()) {
            emulator = identity.authEmulatorHost();
        }
        String base = emulator == null || emulator.isBlank()
                ? "https://identitytoolkit.googleapis.com" : "http://" + emulator + "/identitytoolkit.googleapis.com";
        String key = console.webApiKey() == null || console.webApiKey().isBlank() ? "emulator" : console.webApiKey();
        return URI.create(base + "/v1/accounts:signInWithPassword?key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    /**
     * Firebase's error code ("TOO_MANY_ATTEMPTS_TRY_LATER"), the leading word of the error's message
     * ("TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled..."), else its
     * status: only that word, never the rest, which may echo the request's email.
     */
    private String errorCode(String body) {
        try {
            Object error = json.readValue(body, Argument.mapOf(String.class, Object.class)).get("error");
            if (!(error instanceof Map<?, ?> fields)) {
                return "";
            }
            Matcher code = ERROR_CODE.matcher(String.valueOf(fields.get("message")));
            return code.lookingAt() ? code.group() : String.valueOf(fields.get("status"));
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /**
     * Sends once more when the connection broke before any answer: the identity service closes idle
     * keep-alive connections (the emulator, Node, after 5 seconds), and the JDK retries no POST on one
     * closed under it. A sign-in changes nothing, so sending it twice is safe.
     */
    private HttpResponse<String> sendRetryingAClosedConnection(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException slow) {
            throw slow;
        } catch (IOException closedUnderUs) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The ID token, or why not: the email and password do not match an enabled account, or Firebase throttles. */
    PasswordAnswer check(String email, String password) {
        try {
            HttpResponse<String> response = sendRetryingAClosedConnection(HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("email", email, "password", password, "returnSecureToken", true))))
                    .build());
            if (response.statusCode() == 400) {
                return TOO_MANY_ATTEMPTS.equals(errorCode(response.body()))
                        ? PasswordAnswer.Refused.TOO_MANY_ATTEMPTS : PasswordAnswer.Refused.WRONG_DETAILS;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Firebase sign-in at " + endpoint.getHost() + ":" + endpoint.getPort()
                        + " answered HTTP " + response.statusCode() + " " + errorCode(response.body()));
            }
            Map<String, Object> body = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            Object idToken = body.get("idToken");
            if (!(idToken instanceof String token)) {
                throw new IllegalStateException("Firebase sign-in answered HTTP 200 without an ID token");
            }
            return new PasswordAnswer.SignedIn(token);
        } catch (IOException e) {
            throw new IllegalStateException("Firebase sign-in could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during sign-in", e);
        }
    }
}
