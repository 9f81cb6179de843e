package doorstep.sync;

import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.simulator.IncidentGenerator;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Officers pushing at the same moment about the same family all get their receipts, first time. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentPushTest extends ApiTest {

    private static final int OFFICERS = 6;
    private static final int BATCHES_EACH = 4;

    @Test
    void concurrentPushesAboutTheSameFamilyAreAllAcceptedWithoutAServerError() throws Exception {
        List<Referrer> officers = IntStream.range(0, OFFICERS)
                .mapToObj(i -> Referrer.policeOfficer(api, TENANT))
                .toList();
        IncidentGenerator incidents = new IncidentGenerator(17, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        List<Future<List<SubmissionStatus>>> pushes = new ArrayList<>();
        for (Referrer officer : officers) {
            pushes.add(pool.submit(() -> {
                List<SubmissionStatus> statuses = new ArrayList<>();
                for (int b = 0; b < BATCHES_EACH; b++) {
                    var items = IntStream.range(0, 5).mapToObj(i -> sealedAsAPhoneWould(incidents, officer)).toList();
                    api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(officer.device().getDeviceId(), items)),
                                    officer.officer(), SubmissionResults.class)
                            .getResults().stream().map(SubmissionResult::getStatus).forEach(statuses::add);
                }
                return statuses;
            }));
        }
        List<SubmissionStatus> all = new ArrayList<>();
        for (Future<List<SubmissionStatus>> push : pushes) {
            all.addAll(push.get());
        }
        pool.shutdown();

        assertEquals(OFFICERS * BATCHES_EACH * 5, all.size());
        assertEquals(List.of(SubmissionStatus.ACCEPTED), all.stream().distinct().toList());
    }

    /** Varied families, serialised by the device core exactly as the phone sends them. */
    private static Submission sealedAsAPhoneWould(IncidentGenerator incidents, Referrer officer) {
        UUID id = UUID.randomUUID();
        String json;
        synchronized (incidents) {
            json = DomesticAbuseIncidents.toJson(incidents.next());
        }
        return new Submission(id, DomesticAbuseIncidents.KIND, OffsetDateTime.now(ZoneOffset.UTC),
                Captures.seal(json.getBytes(StandardCharsets.UTF_8), officer.device().getIntakeKey().getPublicKeyset(),
                        id, officer.device().getDeviceId()));
    }
}
