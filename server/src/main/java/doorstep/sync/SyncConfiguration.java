package doorstep.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * @param maxBatchItems items one push may carry; more is refused whole with 413
 * @param pushBudget    how long the server works on one push; items not reached by then are answered
 *                      busy-retry untried. The phone's read timeout (the device core's {@code PushLimits})
 *                      is this plus the slowest item, so a phone never gives up on a push the server finishes;
 *                      a push waits at most half of it for a place at the gate
 * @param concurrentPushes pushes worked on at once; keep it under half the database pool
 *                      ({@code datasources.default.maximum-pool-size}): each holds up to two connections
 */
@ConfigurationProperties("doorstep.sync")
record SyncConfiguration(@Min(1) int maxBatchItems, @NotNull Duration pushBudget, @Min(1) int concurrentPushes) {
}
