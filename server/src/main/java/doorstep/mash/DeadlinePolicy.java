package doorstep.mash;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a contact's decision is due: its RAG rating's allowance on the working-day calendar, or for
 * red in a tenant that runs it on a 24-hour clock, that many real hours (an instant plus a duration,
 * so a change of the clocks makes it neither longer nor shorter).
 */
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
        return switch (rating) {
            case RED -> {
                Duration allowed = Duration.ofHours(own(own, TenantDeadlineConfiguration::redWorkingHours,
                        defaults.redWorkingHours()));
                yield own != null && own.redRunsAroundTheClock() ? receivedAt.plus(allowed)
                        : calendar.addWorkingHours(receivedAt, allowed);
            }
            case AMBER -> calendar.addWorkingDays(receivedAt,
                    own(own, TenantDeadlineConfiguration::amberWorkingDays, defaults.amberWorkingDays()));
            case GREEN -> calendar.addWorkingDays(receivedAt,
                    own(own, TenantDeadlineConfiguration::greenWorkingDays, defaults.greenWorkingDays()));
        };
    }

    private static int own(TenantDeadlineConfiguration own, Function<TenantDeadlineConfiguration, Integer> setting,
                           int fallback) {
        Integer value = own == null ? null : setting.apply(own);
        return value == null ? fallback : value;
    }
}
