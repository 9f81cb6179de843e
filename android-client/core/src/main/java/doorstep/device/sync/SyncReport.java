package doorstep.device.sync;

import java.time.Instant;
import javax.annotation.Nullable;

/**
 * The result of one sync run.
 *
 * @param waiting items still sealed or sent, not yet receipted or refused
 * @param problem what went wrong, for the officer or support; never holds child data
 * @param retryAt when the next waiting item is due, if any waits for a retry
 */
public record SyncReport(
        SyncStatus status,
        int receipted,
        int rejected,
        int waiting,
        @Nullable String problem,
        @Nullable Instant retryAt) {
}
