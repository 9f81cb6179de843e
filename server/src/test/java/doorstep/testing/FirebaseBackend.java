package doorstep.testing;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google's side of Firebase Auth as the Admin SDK reaches it over HTTP, for a server started
 * without the emulator: the securetoken signing certificates and the {@code accounts:lookup}
 * revocation check. Given to the SDK as its HttpTransport; safe to call from any thread.
 */
public final class FirebaseBackend extends MockHttpTransport {

    public static final String CERTIFICATES_URL =
            "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com";
    public static final String LOOKUP_URL =
            "https://identitytoolkit.googleapis.com/v1/projects/" + IdToken.PROJECT_ID + "/accounts:lookup";
    public static final String ACCESS_TOKEN = "test-token";

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private record User(long validSinceSeconds, boolean disabled) {
    }

    private final TokenSigningKey signingKey;
    private final Map<String, User> users = new ConcurrentHashMap<>();

    public FirebaseBackend(TokenSigningKey signingKey) {
        this.signingKey = signingKey;
    }

    /** The one key whose certificate Google publishes. */
    public TokenSigningKey signingKey() {
        return signingKey;
    }

    /** A user whose tokens issued from an hour ago on are valid. */
    public void addUser(String uid) {
        users.put(uid, new User(Instant.now().minusSeconds(3600).getEpochSecond(), false));
    }

    /** What Admin SDK revokeRefreshTokens does: tokens issued before this instant are no longer valid. */
    public void revokeSessions(String uid, Instant validSince) {
        users.computeIfPresent(uid, (id, user) -> new User(validSince.getEpochSecond(), user.disabled()));
    }

    public void disable(String uid) {
        users.computeIfPresent(uid, (id, user) -> new User(user.validSinceSeconds(), true));
    }

    @Override
    public LowLevelHttpRequest buildRequest(String method, String url) {
        return new MockLowLevelHttpRequest(url) {
            @Override
            public LowLevelHttpResponse execute() throws IOException {
                return answer(method, url, this);
            }
        };
    }

    private LowLevelHttpResponse answer(String method, String url, MockLowLevelHttpRequest request) throws IOException {
        if ("GET".equals(method) && CERTIFICATES_URL.equals(url)) {
            return json(200, Map.of(signingKey.keyId(), signingKey.certificatePem()))
                    .addHeader("Cache-Control", "public, max-age=3600");
        }
        if ("POST".equals(method) && LOOKUP_URL.equals(url)) {
            if (!("Bearer " + ACCESS_TOKEN).equals(request.getFirstHeaderValue("Authorization"))) {
                return error(401, "UNAUTHENTICATED", "no OAuth2 access token");
            }
            return lookup(JSON.readValue(request.getContentAsString(), Argument.mapOf(String.class, Object.class)));
        }
        return error(404, "NOT_FOUND", method + " " + url + " is not served by FirebaseBackend");
    }

    private MockLowLevelHttpResponse lookup(Map<String, Object> body) throws IOException {
        List<?> uids = body.get("localId") instanceof List<?> list ? list : List.of();
        List<Map<String, Object>> found = uids.stream()
                .map(String::valueOf)
                .filter(users::containsKey)
                .map(uid -> record(uid, users.get(uid)))
                .toList();
        // Like the real API: no "users" member at all when none matched.
        return json(200, found.isEmpty() ? Map.of("kind", "identitytoolkit#GetAccountInfoResponse")
                : Map.of("kind", "identitytoolkit#GetAccountInfoResponse", "users", found));
    }

    private static Map<String, Object> record(String uid, User user) {
        // validSince is a decimal string of epoch seconds on the wire, as Google sends it.
        return Map.of("localId", uid, "validSince", String.valueOf(user.validSinceSeconds()),
                "disabled", user.disabled());
    }

    private static MockLowLevelHttpResponse error(int status, String reason, String message) throws IOException {
        return json(status, Map.of("error", Map.of("code", status, "message", message, "status", reason)));
    }

    private static MockLowLevelHttpResponse json(int status, Object body) throws IOException {
        return new MockLowLevelHttpResponse()
                .setStatusCode(status)
                .setContentType("application/json; charset=UTF-8")
                .setContent(JSON.writeValueAsString(body));
    }
}
