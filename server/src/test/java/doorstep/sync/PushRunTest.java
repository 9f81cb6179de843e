package doorstep.sync;

import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One push's items: each gets its own result, whatever happens to the others, within the push's time budget. */
class PushRunTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final List<Submission> items = IntStream.range(0, 3).mapToObj(i -> item()).toList();
    private final SteppingClock clock = new SteppingClock();

    @Test
    void itemWhoseTransactionKeepsDeadlockingIsToldToResendWhileTheOthersKeepTheirReceipts() {
        List<SubmissionResult> results = new PushRun(clock, BUDGET).receive(items, item -> {
            if (item == items.get(1)) {
                throw new DataAccessException("deadlock", new SQLTransactionRollbackException("Deadlock", "40001", 1213));
            }
            return accepted(item);
        });

        assertEquals(List.of(SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED, SubmissionStatus.ACCEPTED),
                statuses(results));
        assertEquals(items.get(1).getSubmissionId(), results.get(1).getSubmissionId());
        assertEquals("/problems/busy-retry", results.get(1).getProblem().getType());
        assertEquals(503, results.get(1).getProblem().getStatus());
        assertNull(results.get(1).getReceiptId());
    }

    @Test
    void itemThatFailsForAnyOtherReasonIsRefusedAloneAndSaysSoWithoutTheCause() {
        List<SubmissionResult> results = new PushRun(clock, BUDGET).receive(items, item -> {
            if (item == items.get(0)) {
                throw new IllegalStateException("a bug, quoting Zara Mensah");
            }
            return accepted(item);
        });

        assertEquals(List.of(SubmissionStatus.REJECTED, SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED),
                statuses(results));
        assertEquals("/problems/item-not-stored", results.get(0).getProblem().getType());
        assertEquals(500, results.get(0).getProblem().getStatus());
        assertEquals(-1, results.get(0).getProblem().getDetail().indexOf("Zara"));
    }

    @Test
    void itemsTheBudgetDoesNotReachAreNotTriedAndAreToldToResend() {
        List<Submission> tried = new ArrayList<>();
        List<SubmissionResult> results = new PushRun(clock, BUDGET).receive(items, item -> {
            tried.add(item);
            clock.advance(Duration.ofSeconds(12));
            return accepted(item);
        });

        assertEquals(items.subList(0, 2), tried);
        assertEquals(List.of(SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED),
                statuses(results));
        assertEquals("/problems/busy-retry", results.get(2).getProblem().getType());
    }

    private static List<SubmissionStatus> statuses(List<SubmissionResult> results) {
        return results.stream().map(SubmissionResult::getStatus).toList();
    }

    private static SubmissionResult accepted(Submission item) {
        return new SubmissionResult(item.getSubmissionId(), SubmissionStatus.ACCEPTED).receiptId(UUID.randomUUID());
    }

    private static Submission item() {
        return new Submission(UUID.randomUUID(), "domestic-abuse-incident", OffsetDateTime.now(ZoneOffset.UTC), new byte[1]);
    }

    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
