package doorstep.sync;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.capture.IncidentRecorded;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.StoredRows;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A server that fails part-way through storing an item (here: the MASH step, after the receipt,
 * incident and people rows were written) leaves that item wholly absent and the ones before it stored.
 */
@MicronautTest(environments = {"test", MidItemFailureTest.ENVIRONMENT}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MidItemFailureTest extends ApiTest {

    static final String ENVIRONMENT = "mid-item-failure";

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

    @Test
    void itemThatFailsPartWayLeavesNothingAndTheItemBeforeItStays() {
        UUID stored = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        SubmissionBatch batch = new SubmissionBatch(device.getDeviceId(), List.of(seal(stored), seal(failing)));
        failingStep.failFor(failing);

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions", batch), officer, 500);

        StoredRows rows = new StoredRows(dataSource);
        assertEquals("/problems/server-error", problem.get("type"));
        assertEquals(1 + 1 + 3 + 1, rows.rowsFor(stored), "receipt, incident, three people, contact");
        assertEquals(0, rows.rowsFor(failing), "no receipt, incident, people or contact");

        failingStep.failFor(null);
        List<SubmissionResult> retried = api.call(HttpRequest.POST("/v1/submissions", batch), officer,
                SubmissionResults.class).getResults();
        assertEquals(SubmissionStatus.DUPLICATE, retried.get(0).getStatus());
        assertEquals(SubmissionStatus.ACCEPTED, retried.get(1).getStatus());
        assertEquals(rows.rowsFor(stored), rows.rowsFor(failing));
    }

    private Submission seal(UUID id) {
        return Captures.sealed(Captures.incident(), device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
    }

    /** Stands in for a crash inside the item's transaction, after most of its rows are written. */
    @Singleton
    @Requires(env = ENVIRONMENT)
    static class FailingStep {
        private final AtomicReference<UUID> failFor = new AtomicReference<>();

        void failFor(UUID submissionId) {
            failFor.set(submissionId);
        }

        @EventListener
        void on(IncidentRecorded recorded) {
            if (recorded.submissionId().equals(failFor.get())) {
                throw new IllegalStateException("simulated crash while storing an item");
            }
        }
    }
}
