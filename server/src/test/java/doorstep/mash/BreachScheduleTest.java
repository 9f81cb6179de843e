package doorstep.mash;

import doorstep.testing.ApiTest;
import doorstep.testing.StoredRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the schedule on, the server runs the deadline job by itself, every interval. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachScheduleTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("doorstep.mash.breaches.enabled", "true");
        properties.put("doorstep.mash.breaches.interval", "300ms");
        return properties;
    }

    @Test
    void theScheduleTakesEachTenantsTurnEveryInterval() throws InterruptedException {
        StoredRows stored = new StoredRows(dataSource);
        Set<Long> turnsSeen = new HashSet<>();
        for (int i = 0; i < 100 && turnsSeen.size() < 3; i++) {
            turnsSeen.add(stored.count("SELECT COALESCE(MAX(UNIX_TIMESTAMP(lease_until) * 1000), 0) FROM job_run "
                    + "WHERE job = 'mash-deadlines' AND tenant_id = ?", TENANT));
            Thread.sleep(100);
        }

        turnsSeen.remove(0L);
        assertTrue(turnsSeen.size() >= 2, "the tenant's turn was taken again and again: " + turnsSeen);
    }
}
