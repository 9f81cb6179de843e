package doorstep.mash;

import doorstep.testing.ServerTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(environments = "test", startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "doorstep.mash.tenants.strict-la.red-working-hours", value = "2")
@Property(name = "doorstep.mash.tenants.strict-la.amber-working-days", value = "1")
@Property(name = "doorstep.mash.tenants.strict-la.green-working-days", value = "2")
class DeadlineConfigurationTest implements ServerTest {

    @Inject
    DeadlineConfiguration defaults;

    @Inject
    List<TenantDeadlineConfiguration> tenants;

    @Test
    void defaultsAreFourHoursOneDayThreeDays() {
        assertEquals(new DeadlineConfiguration(4, 1, 3), defaults);
    }

    @Test
    void aTenantsOwnDeadlinesAreReadByTenantId() {
        assertEquals(List.of(new TenantDeadlineConfiguration("strict-la", 2, 1, 2)), tenants);
    }
}
