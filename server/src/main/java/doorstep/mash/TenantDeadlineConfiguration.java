package doorstep.mash;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * One tenant's own deadlines: {@code doorstep.mash.tenants.<tenant-id>.red-working-hours} and so on,
 * each left out keeping the default; {@code red-clock: 24-hours} runs red on clock time, nights and
 * weekends included, where the default {@code working-hours} runs it only while the office is open.
 */
@EachProperty("doorstep.mash.tenants")
record TenantDeadlineConfiguration(@Parameter String name, @Nullable @Min(1) Integer redWorkingHours,
                                   @Nullable @Min(1) Integer amberWorkingDays, @Nullable @Min(1) Integer greenWorkingDays,
                                   @Nullable @Pattern(regexp = WORKING_HOURS + "|" + TWENTY_FOUR_HOURS) String redClock) {

    static final String WORKING_HOURS = "working-hours";
    static final String TWENTY_FOUR_HOURS = "24-hours";

    boolean redRunsAroundTheClock() {
        return TWENTY_FOUR_HOURS.equals(redClock);
    }
}
