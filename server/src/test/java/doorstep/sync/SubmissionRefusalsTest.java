package doorstep.sync;

import doorstep.api.model.ContactQueue;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A push is refused whole when it cannot be read, is too big or comes from the wrong caller, and
 * item by item when an item cannot be opened or is not a known kind; a refusal stores nothing.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionRefusalsTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn officer;
    SignedIn colleague;
    SignedIn triager;
    DeviceEnrolment device;
    DeviceEnrolment colleaguesDevice;
    DeviceEnrolment otherTenantsDevice;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        colleague = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        device = api.enrol(officer);
        colleaguesDevice = api.enrol(colleague);
        otherTenantsDevice = api.enrol(EmulatorUsers.signedIn(OTHER_TENANT, "police", "practitioner"));
    }

    @Test
    void bodyThatIsNotJsonIsRefusedAsMalformedAndNothingIsStored() {
        long before = stored.captureRows();

        Map<String, Object> problem = api.refusal(rawPush("{\"deviceId\": \"" + device.getDeviceId() + "\", \"items\": ["),
                officer, 400);

        assertEquals("/problems/malformed-request", problem.get("type"));
        assertEquals(before, stored.captureRows());
    }

    @Test
    void itemWithoutItsSealedPayloadIsRefusedWholeNamingTheFieldAndNothingIsStored() {
        Submission good = seal(Captures.incident(), UUID.randomUUID());
        Submission withoutPayload = seal(Captures.incident(), UUID.randomUUID()).sealedPayload(null);

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(device.getDeviceId(), List.of(good, withoutPayload))), officer, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("items[1].sealedPayload"), Api.violatedFields(problem));
        assertEquals(0, stored.rowsFor(good.getSubmissionId()));
        assertEquals(0, stored.rowsFor(withoutPayload.getSubmissionId()));
    }

    @Test
    void batchWithoutADeviceIdIsRefusedNamingTheField() {
        Submission item = seal(Captures.incident(), UUID.randomUUID());

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(null, List.of(item))), officer, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("deviceId"), Api.violatedFields(problem));
        assertEquals(0, stored.rowsFor(item.getSubmissionId()));
    }

    @Test
    void batchOfMoreThanFiftyItemsIsRefusedWholeAndNothingIsStored() {
        List<Submission> items = IntStream.range(0, 51)
                .mapToObj(i -> seal(Captures.incident(), UUID.randomUUID())).toList();
        long before = stored.captureRows();

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(device.getDeviceId(), items)), officer, 413);

        assertEquals("/problems/batch-too-large", problem.get("type"));
        assertEquals(50, problem.get("maxItems"));
        assertEquals(before, stored.captureRows());
    }

    @Test
    void bodyOverFourMebibytesIsRefusedWholeAndNothingIsStored() {
        Submission good = seal(Captures.incident(), UUID.randomUUID());
        Submission padding = new Submission(UUID.randomUUID(), "domestic-abuse-incident",
                OffsetDateTime.now(ZoneOffset.UTC), new byte[3 * 1024 * 1024 + 512 * 1024]);
        long before = stored.captureRows();

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(device.getDeviceId(), List.of(good, padding))), officer, 413);

        assertEquals("/problems/body-too-large", problem.get("type"));
        assertEquals(before, stored.captureRows());
    }

    @Test
    void unknownKindOfCaptureIsRejectedAndNotStored() {
        UUID id = UUID.randomUUID();
        Submission item = seal(Captures.incident(), id).kind("stalking-report");

        assertRefusedWithNothingStored("/problems/unknown-capture-kind", item);
    }

    @Test
    void captureSealedAsAnUnknownKindIsRejectedAndNotStored() {
        UUID id = UUID.randomUUID();
        Submission item = seal(Captures.incident().kind("stalking-report"), id);

        assertRefusedWithNothingStored("/problems/unknown-capture-kind", item);
    }

    @Test
    void captureMadeWithAnUnknownChecklistVersionIsRejectedAsUnknownDefinitionAndNotStored() {
        DomesticAbuseIncident madeByANewerApp = Captures.incident();
        madeByANewerApp.getRisk().setChecklistVersion("2031");

        SubmissionResult result = push(officer, device, seal(madeByANewerApp, UUID.randomUUID()));

        assertRejected("/problems/unknown-definition-version", result);
        assertTrue(result.getProblem().getDetail().contains("update the app"));
        assertEquals(0, stored.rowsFor(result.getSubmissionId()));
    }

    @Test
    void captureMadeWithAnUnknownChecklistIsRejectedAsUnknownDefinitionAndNotStored() {
        DomesticAbuseIncident madeWithAnotherChecklist = Captures.incident();
        madeWithAnotherChecklist.getRisk().setChecklistId("college-of-policing-dara");

        assertRefusedWithNothingStored("/problems/unknown-definition-version", seal(madeWithAnotherChecklist,
                UUID.randomUUID()));
    }

    @Test
    void payloadSealedForAnotherSubmissionIdDoesNotOpen() {
        UUID id = UUID.randomUUID();
        Submission item = seal(Captures.incident(), UUID.randomUUID()).submissionId(id);

        assertRefusedWithNothingStored("/problems/unopenable-payload", item);
    }

    @Test
    void payloadSealedOnAnotherDeviceDoesNotOpen() {
        UUID id = UUID.randomUUID();
        Submission item = Captures.sealed(Captures.incident(), device.getIntakeKey().getPublicKeyset(), id,
                colleaguesDevice.getDeviceId());

        assertRefusedWithNothingStored("/problems/unopenable-payload", item);
    }

    @Test
    void payloadSealedToAnotherTenantsKeyDoesNotOpen() {
        UUID id = UUID.randomUUID();
        Submission item = Captures.sealed(Captures.incident(), otherTenantsDevice.getIntakeKey().getPublicKeyset(), id,
                device.getDeviceId());

        assertRefusedWithNothingStored("/problems/unopenable-payload", item);
    }

    @Test
    void garbageBytesDoNotOpen() {
        UUID id = UUID.randomUUID();
        Submission item = new Submission(id, "domestic-abuse-incident", OffsetDateTime.now(ZoneOffset.UTC),
                "not sealed at all".getBytes(StandardCharsets.UTF_8));

        assertRefusedWithNothingStored("/problems/unopenable-payload", item);
    }

    @Test
    void oneRejectedItemDoesNotBlockTheGoodOneBesideIt() {
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        Submission garbage = new Submission(bad, "domestic-abuse-incident", OffsetDateTime.now(ZoneOffset.UTC),
                new byte[]{1, 2, 3});

        List<SubmissionResult> results = pushAll(officer, device, garbage, seal(Captures.incident(), good));

        assertEquals(List.of(bad, good), results.stream().map(SubmissionResult::getSubmissionId).toList());
        assertRejected("/problems/unopenable-payload", results.get(0));
        assertEquals(SubmissionStatus.ACCEPTED, results.get(1).getStatus());
        assertEquals(0, stored.rowsFor(bad));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM submission WHERE id = ?", good.toString()));
        assertTrue(api.call(HttpRequest.GET("/v1/mash/contacts"), triager, ContactQueue.class).getContacts().stream()
                .anyMatch(c -> c.getSubmissionId().equals(good)));
    }

    @Test
    void triagerCannotPushSubmissions() {
        Submission item = seal(Captures.incident(), UUID.randomUUID());

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(device.getDeviceId(), List.of(item))), triager, 403);

        assertEquals("/problems/forbidden", problem.get("type"));
        assertEquals(0, stored.rowsFor(item.getSubmissionId()));
    }

    @Test
    void pushingForAnotherUsersDeviceLooksLikeNoSuchDevice() {
        Submission item = seal(Captures.incident(), UUID.randomUUID());

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(device.getDeviceId(), List.of(item))), colleague, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertEquals(0, stored.rowsFor(item.getSubmissionId()));
    }

    private Submission seal(Object capture, UUID id) {
        return Captures.sealed(capture, device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
    }

    private MutableHttpRequest<String> rawPush(String body) {
        return HttpRequest.POST("/v1/submissions", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private SubmissionResult push(SignedIn user, DeviceEnrolment from, Submission item) {
        return pushAll(user, from, item).get(0);
    }

    private List<SubmissionResult> pushAll(SignedIn user, DeviceEnrolment from, Submission... items) {
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(from.getDeviceId(), List.of(items))),
                user, SubmissionResults.class).getResults();
    }

    /** The officer's device pushes the item alone; it is rejected with the problem type and nothing of it is kept. */
    private void assertRefusedWithNothingStored(String problemType, Submission item) {
        assertRejected(problemType, push(officer, device, item));
        assertEquals(0, stored.rowsFor(item.getSubmissionId()));
    }

    private static void assertRejected(String problemType, SubmissionResult result) {
        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals(problemType, result.getProblem().getType());
        assertNull(result.getReceiptId());
    }
}
