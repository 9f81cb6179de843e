package doorstep.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** @param maxBatchItems items one push may carry; more is refused whole with 413 */
@ConfigurationProperties("doorstep.sync")
record SyncConfiguration(@Min(1) int maxBatchItems) {
}
