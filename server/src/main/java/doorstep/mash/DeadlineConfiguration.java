package doorstep.mash;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** Decision deadlines by RAG rating, for every tenant without its own. */
@ConfigurationProperties("doorstep.mash.deadlines")
record DeadlineConfiguration(@Min(1) int redWorkingHours, @Min(1) int amberWorkingDays, @Min(1) int greenWorkingDays) {
}
