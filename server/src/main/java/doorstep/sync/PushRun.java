package doorstep.sync;

import doorstep.Deadlocks;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One push's items, taken in order, each in its own transaction, within the server's time budget
 * for a push. An item that cannot be stored gets a result of its own saying so (retryable: a 5xx
 * problem), and the items after it are still taken; items the budget does not reach are not tried.
 * So a push never ends in an error that hides the items already committed, and it is answered
 * before the phone's read timeout, which is what keeps a phone from resending stored work.
 */
final class PushRun {

    private static final Logger LOG = LoggerFactory.getLogger(PushRun.class);

    /** Decides and stores one item; throws when it could not be stored. */
    interface ItemIntake {
        SubmissionResult receive(Submission item);
    }

    private final Clock clock;
    private final Duration budget;

    PushRun(Clock clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
    }

    List<SubmissionResult> receive(List<Submission> items, ItemIntake intake) {
        Instant deadline = clock.instant().plus(budget);
        List<SubmissionResult> results = new ArrayList<>(items.size());
        for (Submission item : items) {
            results.add(clock.instant().isBefore(deadline) ? receiveOne(item, intake)
                    : ItemOutcome.notReached(item.getSubmissionId()));
        }
        return results;
    }

    private static SubmissionResult receiveOne(Submission item, ItemIntake intake) {
        try {
            return intake.receive(item);
        } catch (RuntimeException failure) {
            // Class names only: a database message can quote the values of the row it failed on.
            if (isBusy(failure)) {
                LOG.warn("Submission {} was not stored: the database stayed busy ({})", item.getSubmissionId(),
                        failure.getClass().getSimpleName());
                return ItemOutcome.busy(item.getSubmissionId());
            }
            LOG.error("Submission {} was not stored: {} at {}", item.getSubmissionId(), causes(failure),
                    failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : "?");
            return ItemOutcome.notStored(item.getSubmissionId());
        }
    }

    /** Still deadlocking after the item's retries, or no connection free in time: worth sending again. */
    private static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
        }
        return Deadlocks.isRetryable(failure);
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
        }
        return chain.toString();
    }
}
