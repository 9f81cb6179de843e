package doorstep.mash;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.Min;

/** One tenant's own deadlines: {@code doorstep.mash.tenants.<tenant-id>.red-working-hours} and so on. */
@EachProperty("doorstep.mash.tenants")
record TenantDeadlineConfiguration(@Parameter String name, @Min(1) int redWorkingHours, @Min(1) int amberWorkingDays,
                                   @Min(1) int greenWorkingDays) {
}
