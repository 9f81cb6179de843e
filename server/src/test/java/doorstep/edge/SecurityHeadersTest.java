package doorstep.edge;

import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every response tells browsers and caches not to keep, sniff, frame or refer on what it carries. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest extends ApiTest {

    @Test
    void apiAnswerIsNeverStoredSniffedFramedOrReferred() {
        EmulatorUsers.SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        HttpHeaders headers = client.toBlocking().exchange(HttpRequest.GET("/v1/mash/contacts")
                .header("Authorization", triager.bearer()), String.class).getHeaders();

        assertHardened(headers);
    }

    @Test
    void refusalIsNeverStoredSniffedFramedOrReferred() {
        HttpClientResponseException refusal = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/v1/mash/contacts"), String.class));

        assertEquals(401, refusal.code());
        assertHardened(refusal.getResponse().getHeaders());
    }

    @Test
    void addressThatDoesNotExistIsAnsweredWithTheSameHeaders() {
        HttpClientResponseException refusal = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/nothing-here"), String.class));

        assertEquals(404, refusal.code());
        assertHardened(refusal.getResponse().getHeaders());
    }

    @Test
    void operationsAnswerCarriesTheSameHeaders() {
        assertHardened(client.toBlocking().exchange(HttpRequest.GET("/management/health"), String.class).getHeaders());
    }

    @Test
    void strictTransportSecurityIsOffUnlessConfigured() {
        HttpHeaders headers = client.toBlocking().exchange(HttpRequest.GET("/management/health"), String.class)
                .getHeaders();

        assertNull(headers.get("Strict-Transport-Security"));
    }

    private static void assertHardened(HttpHeaders headers) {
        assertEquals("no-store", headers.get(HttpHeaders.CACHE_CONTROL));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        String policy = headers.get("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("frame-ancestors 'none'"), "frame policy: " + policy);
    }
}
