package doorstep;

import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operations staff see without signing in: health and metrics, never a child's data. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsTest extends ApiTest {

    @Test
    void healthReportsTheDatabaseUp() {
        String health = client.toBlocking().retrieve(HttpRequest.GET("/management/health"));

        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("MariaDB"), health);
    }

    @Test
    void metricsCountSubmissionsByStatusAndCarryNoChildData() {
        Referrer.policeOfficer(api, TENANT).refer(Captures.incident());

        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/management/prometheus"));

        assertTrue(metrics.contains("doorstep_submissions_total{status=\"accepted\"}"), "submission counter");
        assertFalse(metrics.contains("Amy"), "no child's name");
        assertFalse(metrics.contains(Captures.CHILD_WORDS), "no child's words");
    }
}
