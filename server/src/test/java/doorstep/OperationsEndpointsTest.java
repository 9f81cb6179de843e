package doorstep;

import doorstep.operations.OperationsConfiguration;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone may ask whether the server is up; health details and metrics are for the operator, who
 * sends the operator token. Never a child's data in either.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsTest extends ApiTest {

    private static final String HEALTH = "/management/health";
    private static final String METRICS = "/management/prometheus";
    private static final String UNAUTHENTICATED = "/problems/unauthenticated";

    @Inject
    OperationsConfiguration operations;

    @Test
    void anonymousCallerSeesOnlyThatTheServerIsUp() {
        String health = client.toBlocking().retrieve(HttpRequest.GET(HEALTH));

        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertFalse(health.contains("jdbc"), health);
        assertFalse(health.contains("MariaDB"), health);
        assertFalse(health.contains("diskSpace"), health);
        assertFalse(health.contains("details"), health);
    }

    @Test
    void operatorSeesTheDatabaseInTheHealthDetails() throws IOException {
        String health = client.toBlocking().retrieve(asOperator(HttpRequest.GET(HEALTH)));

        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("MariaDB"), health);
    }

    @Test
    void anonymousCallerGetsNoMetrics() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET(METRICS), 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }

    @Test
    void wrongOperatorTokenIsRefusedEvenForHealth() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET(HEALTH).bearerAuth("not-the-operator-token"), 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }

    @Test
    void aTenantAdministratorsSignInDoesNotOpenTheMetrics() {
        EmulatorUsers.SignedIn administrator = EmulatorUsers.signedIn(TENANT, "social-care", "admin");

        Map<String, Object> problem = api.refusal(HttpRequest.GET(METRICS), administrator, 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }

    @Test
    void operatorReadsMetricsThatCountSubmissionsAndCarryNoChildData() throws IOException {
        Referrer.policeOfficer(api, TENANT).refer(Captures.incident());

        String metrics = client.toBlocking().retrieve(asOperator(HttpRequest.GET(METRICS)));

        assertTrue(metrics.contains("doorstep_submissions_total{status=\"accepted\"}"), "submission counter");
        assertFalse(metrics.contains("Amy"), "no child's name");
        assertFalse(metrics.contains(Captures.CHILD_WORDS), "no child's words");
    }

    @Test
    void theOperatorTokenIsKeptInAnOwnerOnlyFile() throws IOException {
        Path file = Path.of(operations.tokenFile());

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private MutableHttpRequest<?> asOperator(MutableHttpRequest<?> request) throws IOException {
        return request.bearerAuth(Files.readString(Path.of(operations.tokenFile())).trim());
    }
}
