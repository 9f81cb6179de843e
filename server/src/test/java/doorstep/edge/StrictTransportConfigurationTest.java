package doorstep.edge;

import doorstep.testing.ServerTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** HSTS is off unless an operator turns it on, and then carries the configured lifetime. */
@MicronautTest(environments = "test", startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictTransportConfigurationTest implements ServerTest {

    @Inject
    StrictTransportConfiguration defaults;

    @Test
    void offByDefaultBecauseDevelopmentIsPlainHttp() {
        assertEquals(new StrictTransportConfiguration(false, Duration.ofDays(365), false), defaults);
        assertNull(defaults.headerValue());
    }

    @Test
    void turnedOnItCarriesTheConfiguredLifetime() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("doorstep.http.hsts.enabled", "true");
        properties.put("doorstep.http.hsts.max-age", "180d");
        properties.put("doorstep.http.hsts.include-subdomains", "true");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            StrictTransportConfiguration hsts = context.getBean(StrictTransportConfiguration.class);

            assertEquals("max-age=15552000; includeSubDomains", hsts.headerValue());
        }
    }
}
