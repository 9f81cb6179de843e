package doorstep.identity;

import doorstep.testing.Api;
import doorstep.testing.FirebaseBackend;
import doorstep.testing.IdToken;
import doorstep.testing.TestDatabase;
import doorstep.testing.TokenSigningKey;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ID tokens are checked as in production: the SDK is not in emulator mode, fetches the signing
 * certificates and looks the user up for revocation, both from {@link FirebaseBackend}. Each
 * refused token differs from an accepted one in exactly one respect.
 */
@MicronautTest(environments = {"test", TokenSecurityFactory.ENVIRONMENT}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenSecurityTest implements TestPropertyProvider {

    private static final String TENANT = "test-la";
    private static final String QUEUE = "/v1/mash/contacts";
    private static final String UNAUTHENTICATED = "/problems/unauthenticated";
    private static final String FORBIDDEN = "/problems/forbidden";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TenantDirectory tenants;

    @Inject
    FirebaseBackend firebase;

    @Inject
    IdentityConfiguration identity;

    Api api;
    TokenSigningKey unpublishedKey;

    @Override
    public Map<String, String> getProperties() {
        assertNull(System.getenv(FirebaseFactory.EMULATOR_VARIABLE),
                "Unset " + FirebaseFactory.EMULATOR_VARIABLE + ": in emulator mode the SDK checks no signatures");
        return Map.of(
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password());
    }

    @BeforeAll
    void setUp() {
        assertNull(identity.authEmulatorHost(), "doorstep.identity.auth-emulator-host must not be set here");
        tenants.register(TENANT, "Test Borough MASH");
        api = new Api(client.toBlocking());
        unpublishedKey = TokenSigningKey.generate();
    }

    @Test
    void correctlySignedTokenLetsATriagerSeeTheQueue() {
        String token = validToken("mash-triager").signedWith(firebase.signingKey());

        HttpResponse<String> response = api.http().exchange(getQueue(token), String.class);

        assertEquals(200, response.getStatus().getCode());
    }

    @Test
    void twoAuthorizationHeadersAreRefusedEvenWhenEitherAloneWouldPass() {
        String triager = validToken("mash-triager").signedWith(firebase.signingKey());
        String practitioner = validToken("practitioner").signedWith(firebase.signingKey());

        MutableHttpRequest<?> request = getQueue(triager);
        request.getHeaders().add(HttpHeaders.AUTHORIZATION, "Bearer " + practitioner);

        assertRefused(request);
    }

    @Test
    void tokenWithAClaimChangedAfterSigningIsRefused() {
        String practitioners = validToken("practitioner").signedWith(firebase.signingKey());

        String promoted = IdToken.tampered(practitioners, "roles", List.of("mash-triager"));

        assertRefused(getQueue(promoted));
    }

    @Test
    void expiredTokenIsRefused() {
        String token = validToken("mash-triager")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .signedWith(firebase.signingKey());

        assertRefused(getQueue(token));
    }

    @Test
    void tokenForAnotherFirebaseProjectIsRefused() {
        String token = validToken("mash-triager").with("aud", "another-project").signedWith(firebase.signingKey());

        assertRefused(getQueue(token));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        String token = validToken("mash-triager")
                .with("iss", "https://securetoken.google.com/another-project")
                .signedWith(firebase.signingKey());

        assertRefused(getQueue(token));
    }

    @Test
    void unsignedTokenIsRefused() {
        String token = validToken("mash-triager").unsigned(firebase.signingKey().keyId());

        assertRefused(getQueue(token));
    }

    @Test
    void tokenSignedByAnUnpublishedKeyIsRefused() {
        String token = validToken("mash-triager").signedWith(unpublishedKey);

        assertRefused(getQueue(token));
    }

    @Test
    void tokenSignedByAnUnpublishedKeyClaimingAPublishedKeyIdIsRefused() {
        String token = validToken("mash-triager").signedWith(unpublishedKey, firebase.signingKey().keyId());

        assertRefused(getQueue(token));
    }

    @Test
    void tokenIssuedBeforeSessionsWereRevokedIsRefused() {
        String uid = newUser();
        Instant issued = Instant.now().minusSeconds(60);
        String token = IdToken.of(uid, TENANT, "social-care", "mash-triager").issuedAt(issued)
                .signedWith(firebase.signingKey());

        firebase.revokeSessions(uid, issued.plusSeconds(1));

        assertRefused(getQueue(token));
    }

    @Test
    void tokenOfADisabledUserIsRefused() {
        String uid = newUser();
        String token = IdToken.of(uid, TENANT, "social-care", "mash-triager").signedWith(firebase.signingKey());

        firebase.disable(uid);

        assertRefused(getQueue(token));
    }

    @Test
    void tokenOfAUserFirebaseDoesNotKnowIsRefused() {
        String token = IdToken.of("deleted-" + UUID.randomUUID(), TENANT, "social-care", "mash-triager")
                .signedWith(firebase.signingKey());

        assertRefused(getQueue(token));
    }

    @Test
    void requestWithoutATokenIsRefused() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET(QUEUE), 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }

    @Test
    void refusalTellsTheClientToSendABearerToken() {
        HttpClientResponseException refusal = assertThrows(HttpClientResponseException.class,
                () -> api.http().exchange(HttpRequest.GET(QUEUE), String.class));

        assertEquals(401, refusal.getStatus().getCode());
        assertEquals("Bearer", refusal.getResponse().getHeaders().get(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void userOfATenantNotSetUpOnDoorstepIsForbidden() {
        String token = IdToken.of(newUser(), "unregistered-la", "social-care", "mash-triager")
                .signedWith(firebase.signingKey());

        Map<String, Object> problem = api.refusal(getQueue(token), 403);

        assertEquals(FORBIDDEN, problem.get("type"));
    }

    @Test
    void userWithoutATriageRoleIsForbiddenTheQueue() {
        String token = validToken("practitioner").signedWith(firebase.signingKey());

        Map<String, Object> problem = api.refusal(getQueue(token), 403);

        assertEquals(FORBIDDEN, problem.get("type"));
    }

    /** The claims of a fresh, known, enabled user of the registered tenant. */
    private IdToken validToken(String... roles) {
        return IdToken.of(newUser(), TENANT, "social-care", roles);
    }

    private String newUser() {
        String uid = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        firebase.addUser(uid);
        return uid;
    }

    private static MutableHttpRequest<?> getQueue(String idToken) {
        return HttpRequest.GET(QUEUE).bearerAuth(idToken);
    }

    private void assertRefused(MutableHttpRequest<?> request) {
        Map<String, Object> problem = api.refusal(request, 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }
}
