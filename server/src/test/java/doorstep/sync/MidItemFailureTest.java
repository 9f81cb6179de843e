package doorstep.sync;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.capture.CaptureReferred;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.StoredRows;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A server that fails part-way through storing an item (here: the MASH step, after the receipt,
 * incident and people rows were written) leaves that item wholly absent, says so in that item's
 * result, and stores the items before and after it: the answer never hides what was committed.
 */
@MicronautTest(environments = {"test", MidItemFailureTest.ENVIRONMENT}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MidItemFailureTest extends ApiTest {

    static final String ENVIRONMENT = "mid-item-failure";
    private static final long ROWS_OF_A_CAPTURE = 1 + 1 + 3 + 1; // receipt, incident, three people, contact

    @Inject
    DataSource dataSource;

    @Inject
    FailingStep failingStep;

    SignedIn officer;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        device = api.enrol(officer);
    }

    @AfterEach
    void recover() {
        failingStep.failWith(null, null);
    }

    @Test
    void itemThatFailsPartWayIsRefusedAloneAndTheItemsAroundItAreStored() {
        UUID failing = UUID.randomUUID();
        failingStep.failWith(failing, () -> new IllegalStateException("simulated crash while storing an item"));

        pushAroundFailingItem(failing, "/problems/item-not-stored", 500);
    }

    @Test
    void itemThatDeadlocksOnEveryAttemptIsAskedToBeResentAndTheItemsAroundItAreStored() {
        UUID failing = UUID.randomUUID();
        failingStep.failWith(failing, () -> new DataAccessException("simulated deadlock",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));

        pushAroundFailingItem(failing, "/problems/busy-retry", 503);
    }

    private void pushAroundFailingItem(UUID failing, String problemType, int problemStatus) {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        SubmissionBatch batch = new SubmissionBatch(device.getDeviceId(), List.of(seal(before), seal(failing), seal(after)));

        List<SubmissionResult> results = api.call(HttpRequest.POST("/v1/submissions", batch), officer,
                SubmissionResults.class).getResults();

        StoredRows rows = new StoredRows(dataSource);
        assertEquals(List.of(SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED, SubmissionStatus.ACCEPTED),
                results.stream().map(SubmissionResult::getStatus).toList());
        assertEquals(problemType, results.get(1).getProblem().getType());
        assertEquals(problemStatus, results.get(1).getProblem().getStatus(), "5xx: the phone sends it again later");
        assertEquals(ROWS_OF_A_CAPTURE, rows.rowsFor(before));
        assertEquals(0, rows.rowsFor(failing), "no receipt, incident, people or contact");
        assertEquals(ROWS_OF_A_CAPTURE, rows.rowsFor(after));

        failingStep.failWith(null, null);
        List<SubmissionResult> resent = api.call(HttpRequest.POST("/v1/submissions", batch), officer,
                SubmissionResults.class).getResults();
        assertEquals(List.of(SubmissionStatus.DUPLICATE, SubmissionStatus.ACCEPTED, SubmissionStatus.DUPLICATE),
                resent.stream().map(SubmissionResult::getStatus).toList());
        assertEquals(ROWS_OF_A_CAPTURE, rows.rowsFor(failing));
    }

    private Submission seal(UUID id) {
        return Captures.sealed(Captures.incident(), device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
    }

    /** Stands in for a crash or a deadlock inside the item's transaction, after most of its rows are written. */
    @Singleton
    @Requires(env = ENVIRONMENT)
    static class FailingStep {
        private final AtomicReference<UUID> failFor = new AtomicReference<>();
        private final AtomicReference<Supplier<RuntimeException>> failure = new AtomicReference<>();

        void failWith(UUID submissionId, Supplier<RuntimeException> how) {
            failure.set(how);
            failFor.set(submissionId);
        }

        @EventListener
        void on(CaptureReferred recorded) {
            if (recorded.submissionId().equals(failFor.get())) {
                throw failure.get().get();
            }
        }
    }
}
