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
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
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
// Waits for an answer as long as a phone does (PushLimits.READ_TIMEOUT), not the test client's default 10 s.
@Property(name = "micronaut.http.client.read-timeout", value = "45s")
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

    @Test
    void manyDevicesPushingAtOnceNeverGetAServerErrorAndEveryItemIsStoredOnce() throws Exception {
        int devices = 24;
        List<Referrer> officers = IntStream.range(0, devices).mapToObj(i -> Referrer.policeOfficer(api, TENANT)).toList();
        IncidentGenerator incidents = new IncidentGenerator(23, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<Integer>> phones = new ArrayList<>();
        for (Referrer officer : officers) {
            List<Submission> items = IntStream.range(0, 10).mapToObj(i -> sealedAsAPhoneWould(incidents, officer)).toList();
            phones.add(pool.submit(() -> pushUntilEveryItemIsStored(officer, items)));
        }
        int stored = 0;
        for (Future<Integer> phone : phones) {
            stored += phone.get();
        }
        pool.shutdown();

        assertEquals(devices * 10, stored, "every item answered accepted exactly once, none lost, none twice");
    }

    /** As a phone does: items answered with a 5xx problem, or a whole push answered 503, are sent again. */
    private int pushUntilEveryItemIsStored(Referrer officer, List<Submission> items) {
        List<Submission> waiting = new ArrayList<>(items);
        int accepted = 0;
        while (!waiting.isEmpty()) {
            List<SubmissionResult> results;
            try {
                results = client.toBlocking().retrieve(HttpRequest.POST("/v1/submissions",
                                new SubmissionBatch(officer.device().getDeviceId(), waiting))
                        .bearerAuth(officer.officer().idToken()), SubmissionResults.class).getResults();
            } catch (HttpClientResponseException e) {
                assertEquals(503, e.getStatus().getCode(), "only a whole push the server was too busy to start");
                continue;
            }
            List<Submission> again = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                SubmissionResult result = results.get(i);
                if (result.getStatus() == SubmissionStatus.ACCEPTED) {
                    accepted++;
                } else {
                    assertEquals(SubmissionStatus.REJECTED, result.getStatus());
                    assertEquals(503, result.getProblem().getStatus(), result.getProblem().getType());
                    again.add(waiting.get(i));
                }
            }
            waiting = again;
        }
        return accepted;
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
