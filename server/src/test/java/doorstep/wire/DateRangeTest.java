package doorstep.wire;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.RiskMarker;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.JsonTree;
import doorstep.testing.RawJson;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every date has a range that makes sense for it, named in the contract (x-date-range); outside it
 * the request is refused with a violation naming the field, never a server error, and nothing of it
 * is stored. No date before 1900 gets in, so none comes back shifted by the calendar change.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DateRangeTest extends ApiTest {

    /** Past tomorrow in every time zone. */
    static final String IN_TWO_DAYS = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer officer;
    SignedIn triager;
    UUID suspect;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        officer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        ContactDetail contact = Referrer.openContact(api, triager, officer.refer(Captures.incident()));
        suspect = contact.getChildNetworks().get(0).getLinks().get(0).getPerson().getPersonId();
    }

    static Stream<Arguments> markerDatesOutOfRange() {
        return Stream.of(
                Arguments.of("recordedOn", "+99999-01-01"),
                Arguments.of("recordedOn", "1500-06-15"),
                Arguments.of("recordedOn", "0001-01-01"),
                Arguments.of("recordedOn", "1899-12-31"),
                Arguments.of("recordedOn", IN_TWO_DAYS),
                Arguments.of("recordedOn", "2026-02-30"),
                Arguments.of("expiresOn", "+99999-01-01"),
                Arguments.of("expiresOn", "2200-01-01"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("markerDatesOutOfRange")
    void aRiskMarkerDateOutOfItsRangeIsRefusedNamingTheField(String field, String date) {
        long before = markers();
        String body = "recordedOn".equals(field)
                ? "{\"kind\": \"weapons\", \"source\": \"Police\", \"recordedOn\": \"" + date + "\"}"
                : "{\"kind\": \"weapons\", \"source\": \"Police\", \"recordedOn\": \"2026-01-05\", \"expiresOn\": \""
                + date + "\"}";

        RawJson.Answer answer = raw.post("/v1/people/" + suspect + "/risk-markers", body, "application/json", triager);

        assertEquals(400, answer.status(), () -> "status; body " + answer.body());
        assertEquals("/problems/invalid-request", answer.body().get("type"));
        assertEquals(List.of(field), fields(answer.body()));
        assertEquals(before, markers());
    }

    @Test
    void theEarliestDateOfAnyRangeReadsBackAsSent() {
        RiskMarker marker = api.call(HttpRequest.POST("/v1/people/" + suspect + "/risk-markers",
                Map.of("kind", "weapons", "source", "Police", "recordedOn", "1900-01-01")), triager, RiskMarker.class);

        assertEquals(LocalDate.of(1900, 1, 1), marker.getRecordedOn());
    }

    static Stream<Arguments> captureDatesOutOfRange() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Stream.of(
                Arguments.of("children[0].dateOfBirth", "0001-01-01"),
                Arguments.of("children[0].dateOfBirth", "1500-06-15"),
                Arguments.of("children[0].dateOfBirth", "1899-12-31"),
                Arguments.of("children[0].dateOfBirth", "+99999-01-01"),
                Arguments.of("children[0].dateOfBirth", IN_TWO_DAYS),
                Arguments.of("adults[1].dateOfBirth", "0001-01-01"),
                Arguments.of("occurredAt", "0001-01-01T00:00:00Z"),
                Arguments.of("occurredAt", "+99999-01-01T00:00:00Z"),
                Arguments.of("occurredAt", "1999-12-31T23:59:59Z"),
                Arguments.of("occurredAt", now.plusDays(1).toString()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("captureDatesOutOfRange")
    void aCaptureDateOutOfItsRangeRejectsTheItemNamingTheField(String field, String value) {
        assertRejectedNaming(field, JsonTree.of(Captures.incident()).set(field, value).bytes());
    }

    @Test
    void aRiskMarkerKnownAtTheSceneRecordedInTheFutureRejectsTheItem() {
        JsonTree capture = JsonTree.of(Captures.incident()).set("adults[0].knownRiskMarkers",
                List.of(Map.of("kind", "weapons", "source", "Police", "recordedOn", IN_TWO_DAYS)));

        assertRejectedNaming("adults[0].knownRiskMarkers[0].recordedOn", capture.bytes());
    }

    private void assertRejectedNaming(String field, byte[] capture) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = officer.push(capture, id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/invalid-capture", result.getProblem().getType());
        assertEquals(List.of(field), result.getProblem().getViolations().stream().map(Violation::getField).toList());
        assertEquals(0, stored.rowsFor(id));
    }

    @Test
    void aPushWithAnAbsurdDeviceTimeIsRefusedWhole() {
        String body = "{\"deviceId\": \"" + officer.device().getDeviceId() + "\", \"items\": [{\"submissionId\": \""
                + UUID.randomUUID() + "\", \"kind\": \"domestic-abuse-incident\", \"deviceTime\":"
                + " \"+99999-01-01T00:00:00Z\", \"sealedPayload\": \"AAAA\"}]}";

        RawJson.Answer answer = raw.post("/v1/submissions", body, "application/json", officer.officer());

        assertEquals(400, answer.status(), () -> "status; body " + answer.body());
        assertEquals(List.of("items[0].deviceTime"), fields(answer.body()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("violations")).stream().map(v -> (String) v.get("field")).toList();
    }

    private long markers() {
        return stored.count("SELECT COUNT(*) FROM risk_marker");
    }
}
