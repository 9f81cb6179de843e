package doorstep.mash;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** When a contact's decision is due: its RAG rating's allowance on the working-day calendar. */
@Singleton
class DeadlinePolicy {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final DeadlineConfiguration defaults;
    private final Map<String, TenantDeadlineConfiguration> byTenant;

    DeadlinePolicy(DeadlineConfiguration defaults, List<TenantDeadlineConfiguration> tenants) {
        this.defaults = defaults;
        this.byTenant = tenants.stream().collect(Collectors.toMap(TenantDeadlineConfiguration::name, Function.identity()));
    }

    Instant dueAt(String tenantId, RagRating rating, Instant receivedAt) {
        TenantDeadlineConfiguration own = byTenant.get(tenantId);
        int redHours = own != null ? own.redWorkingHours() : defaults.redWorkingHours();
        int amberDays = own != null ? own.amberWorkingDays() : defaults.amberWorkingDays();
        int greenDays = own != null ? own.greenWorkingDays() : defaults.greenWorkingDays();
        return switch (rating) {
            case RED -> calendar.addWorkingHours(receivedAt, Duration.ofHours(redHours));
            case AMBER -> calendar.addWorkingDays(receivedAt, amberDays);
            case GREEN -> calendar.addWorkingDays(receivedAt, greenDays);
        };
    }
}
