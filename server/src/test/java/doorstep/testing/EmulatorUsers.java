package doorstep.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes users with custom claims in the Auth emulator and signs them in for an ID token. */
public final class EmulatorUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.createDefault();
    public static final String PASSWORD = "test-password-1";

    private EmulatorUsers() {
    }

    /** A signed-in user: their uid and a fresh ID token. */
    public record SignedIn(String uid, String email, String idToken) {
        public String bearer() {
            return "Bearer " + idToken;
        }
    }

    public static SignedIn signedIn(String tenant, String agency, String... roles) {
        String email = "u" + UUID.randomUUID().toString().substring(0, 12) + "@test.doorstep.invalid";
        String uid = (String) post(adminUrl("/accounts"), Map.of("email", email, "password", PASSWORD), true)
                .get("localId");
        post(adminUrl("/accounts:update"), Map.of("localId", uid, "customAttributes",
                write(Map.of("tenant", tenant, "agency", agency, "roles", List.of(roles)))), true);
        return new SignedIn(uid, email, signIn(email));
    }

    public static String signIn(String email) {
        String url = "http://" + AuthEmulator.host() + "/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=any";
        return (String) post(url, Map.of("email", email, "password", PASSWORD, "returnSecureToken", true), false)
                .get("idToken");
    }

    public static void revokeSessions(String uid) {
        post(adminUrl("/accounts:update"), Map.of("localId", uid, "validSince",
                String.valueOf(System.currentTimeMillis() / 1000 + 1)), true);
    }

    private static String adminUrl(String path) {
        return "http://" + AuthEmulator.host() + "/identitytoolkit.googleapis.com/v1/projects/" + AuthEmulator.PROJECT_ID + path;
    }

    /**
     * Sends, once more on a connection that broke before an answer: the emulator (Node) closes idle
     * keep-alive connections, and a request sent on one as it closes fails with no bytes received.
     */
    private static HttpResponse<String> sendRetryingAStaleConnection(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException staleConnection) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, Object> post(String url, Map<String, Object> body, boolean admin) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(body)));
            if (admin) {
                request.header("Authorization", "Bearer owner");
            }
            HttpResponse<String> response = sendRetryingAStaleConnection(request.build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Auth emulator answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("Auth emulator call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
