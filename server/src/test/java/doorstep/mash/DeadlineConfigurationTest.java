package doorstep.mash;

import doorstep.capture.RiskSignal;
import doorstep.testing.ServerTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "test", startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "doorstep.mash.tenants.strict-la.red-working-hours", value = "2")
@Property(name = "doorstep.mash.tenants.strict-la.amber-working-days", value = "1")
@Property(name = "doorstep.mash.tenants.strict-la.green-working-days", value = "2")
@Property(name = "doorstep.mash.tenants.night-la.red-clock", value = "24-hours")
@Property(name = "doorstep.mash.tenants.night-la.rules.dash-medium", value = "red")
@Property(name = "doorstep.mash.tenants.night-la.rules.linked-domestic-abuse", value = "red")
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
        assertEquals(new TenantDeadlineConfiguration("strict-la", 2, 1, 2, null), tenant("strict-la"));
    }

    @Inject
    List<TenantRulesConfiguration> rules;

    @Inject
    PriorityRules priorityRules;

    @Test
    void aTenantOnARoundTheClockRedKeepsTheDefaultAllowances() {
        TenantDeadlineConfiguration night = tenant("night-la");

        assertTrue(night.redRunsAroundTheClock());
        assertNull(night.redWorkingHours());
    }

    @Test
    void aTenantsOwnRulesAreReadByRuleName() {
        assertEquals(Map.of("dash-medium", "red", "linked-domestic-abuse", "red"), rules.stream()
                .filter(tenant -> tenant.name().equals("night-la")).findFirst().orElseThrow().rules());
    }

    @Test
    void aTenantsOwnRulesRateItsContacts() {
        assertEquals(RagRating.RED, priorityRules.rate("night-la", Set.of(RiskSignal.DASH_MEDIUM), Set.of(), 1).rag());
        assertEquals(RagRating.AMBER, priorityRules.rate("strict-la", Set.of(RiskSignal.DASH_MEDIUM), Set.of(), 1).rag());
    }

    private TenantDeadlineConfiguration tenant(String name) {
        return tenants.stream().filter(tenant -> tenant.name().equals(name)).findFirst().orElseThrow();
    }
}
