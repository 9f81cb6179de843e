package doorstep.edge;

import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Refusals the framework makes before a controller runs carry the right status and say what to fix. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpRefusalsTest extends ApiTest {

    @Test
    void headersOverTheLimitAreRefusedAs431() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/mash/contacts")
                .header("X-Padding", "a".repeat(9000)), 431);

        assertEquals("/problems/headers-too-large", problem.get("type"));
    }

    @Test
    void addressOverTheLimitIsRefusedAs414() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/mash/contacts?padding=" + "a".repeat(5000)), 414);

        assertEquals("/problems/uri-too-long", problem.get("type"));
    }

    @Test
    void missingQueryParameterIsNamed() {
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");

        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/feed"), officer, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("deviceId"), Api.violatedFields(problem));
    }

    @Test
    void bearerSchemeInLowerCaseIsAccepted() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/v1/mash/contacts")
                .header("Authorization", "bearer " + triager.idToken()), String.class);

        assertEquals(200, response.code());
    }

    @Test
    void requestFromAForeignOriginIsRefusedWithAProblem() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/management/health")
                .header("Origin", "https://elsewhere.example"), 403);

        assertEquals("/problems/cross-origin-refused", problem.get("type"));
    }

    @Test
    void managementEndpointThatNeedsSigningInRefusesWithAProblem() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/management/beans"), 401);

        assertEquals("/problems/unauthenticated", problem.get("type"));
    }
}
