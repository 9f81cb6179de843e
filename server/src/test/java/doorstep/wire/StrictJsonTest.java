package doorstep.wire;

import doorstep.api.model.ContactDetail;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.RawJson;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import doorstep.testing.JsonTree;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every JSON endpoint reads its body as the contract says and no more loosely: one document, no
 * member named twice, no value of another type coerced, sent as application/json. Anything else is
 * refused whole, and nothing of it is stored.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTest extends ApiTest {

    /** Every table a body of these endpoints could write to. */
    static final List<String> TABLES = List.of("device", "feed_entry", "submission", "da_incident",
            "incident_person", "contact", "risk_marker", "relationship", "match_review", "person_merge");

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer officer;
    SignedIn admin;
    SignedIn triager;
    SignedIn manager;
    UUID suspect;
    UUID child;

    /**
     * One endpoint: who may call it, its path, one string member to spoil, and the rest of a body
     * it would accept.
     */
    record Endpoint(String name, Supplier<SignedIn> user, String path, String member, String value,
                    Supplier<String> rest) {

        String body(String memberJson) {
            return "{\"" + member + "\": " + memberJson + ", " + rest.get() + "}";
        }

        String valid() {
            return body("\"" + value + "\"");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        officer = Referrer.policeOfficer(api, TENANT);
        admin = EmulatorUsers.signedIn(TENANT, "social-care", "admin");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        ContactDetail contact = Referrer.openContact(api, triager, officer.refer(Captures.incident()));
        suspect = contact.getChildNetworks().get(0).getLinks().get(0).getPerson().getPersonId();
        child = contact.getChildNetworks().get(0).getPerson().getPersonId();
    }

    Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("enrol a device", officer::officer, "/v1/devices", "appVersion", "1.0",
                        () -> "\"deviceId\": \"" + UUID.randomUUID() + "\", \"platform\": \"simulator\""),
                new Endpoint("command a device", () -> admin, "/v1/devices/" + officer.device().getDeviceId()
                        + "/commands", "action", "lock", () -> "\"x-ignored\": 1"),
                new Endpoint("push submissions", officer::officer, "/v1/submissions", "deviceId",
                        officer.device().getDeviceId().toString(), () -> "\"items\": [" + sealedItem() + "]"),
                new Endpoint("decide a contact", () -> triager, "/v1/mash/contacts/" + UUID.randomUUID() + "/decision",
                        "rationale", "Referred on for a full assessment", () -> "\"outcome\": \"early-help\""),
                new Endpoint("add a risk marker", () -> triager, "/v1/people/" + suspect + "/risk-markers", "source",
                        "Probation", () -> "\"kind\": \"weapons\", \"recordedOn\": \"2026-01-05\""),
                new Endpoint("add a relationship", () -> triager, "/v1/people/" + suspect + "/relationships",
                        "reason", "Seen at the house by the officer",
                        () -> "\"toPersonId\": \"" + child + "\", \"kind\": \"household-member\""),
                new Endpoint("decide a match review", () -> triager, "/v1/people/reviews/" + UUID.randomUUID()
                        + "/decision", "reason", "Different birthdays", () -> "\"decision\": \"different-people\""),
                new Endpoint("undo a merge", () -> manager, "/v1/people/merges/" + UUID.randomUUID() + "/undo",
                        "reason", "Merged by mistake", () -> "\"x-ignored\": 1"));
    }

    Stream<Arguments> endpointsAndSpoilt() {
        return endpoints().flatMap(e -> Stream.of(
                Arguments.of(e, "trailing text", e.valid() + "bla", "/problems/malformed-request"),
                Arguments.of(e, "a second document", e.valid() + e.valid(), "/problems/malformed-request"),
                Arguments.of(e, "a member named twice", "{\"" + e.member() + "\": \"" + e.value() + "\", "
                        + e.valid().substring(1), "/problems/malformed-request"),
                Arguments.of(e, "a boolean for a string", e.body("true"), "/problems/invalid-request"),
                Arguments.of(e, "a number for a string", e.body("12"), "/problems/invalid-request"),
                Arguments.of(e, "an object for a string", e.body("{\"a\": \"b\"}"), "/problems/invalid-request"),
                Arguments.of(e, "an array for a string", e.body("[\"" + e.value() + "\"]"), "/problems/invalid-request"),
                Arguments.of(e, "null for a required string", e.body("null"), "/problems/invalid-request")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("endpointsAndSpoilt")
    void aBodyThatIsNotExactlyWhatTheContractSaysIsRefusedAndNothingStored(Endpoint endpoint, String spoilt,
                                                                            String body, String type) {
        long before = rows();

        RawJson.Answer answer = raw.post(endpoint.path(), body, "application/json", endpoint.user().get());

        assertEquals(400, answer.status(), () -> "status; body " + answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(type, answer.body().get("type"));
        assertEquals(before, rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aBodyWithoutAContentTypeIsRefusedAsUnsupportedMediaType(Endpoint endpoint) {
        long before = rows();

        RawJson.Answer answer = raw.post(endpoint.path(), endpoint.valid(), null, endpoint.user().get());

        assertEquals(415, answer.status(), () -> "status; body " + answer.body());
        assertEquals("/problems/unsupported-media-type", answer.body().get("type"));
        assertEquals(before, rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aBodyOfAnotherContentTypeIsRefusedAsUnsupportedMediaType(Endpoint endpoint) {
        long before = rows();

        RawJson.Answer answer = raw.post(endpoint.path(), endpoint.valid(), "text/plain", endpoint.user().get());

        assertEquals(415, answer.status(), () -> "status; body " + answer.body());
        assertEquals("/problems/unsupported-media-type", answer.body().get("type"));
        assertEquals(before, rows());
    }

    static Stream<Arguments> spoiltCaptures() {
        String plain = new String(Captures.json(Captures.incident()), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("trailing text", plain + "bla", "payload"),
                Arguments.of("a second document", plain + plain, "payload"),
                Arguments.of("a member named twice", "{\"narrative\": \"Other words\", " + plain.substring(1), "payload"),
                Arguments.of("a fraction for an integer", tree().set("schemaVersion", 1.5).text(), "schemaVersion"),
                Arguments.of("a string for an integer", tree().set("schemaVersion", "1").text(), "schemaVersion"),
                Arguments.of("a huge integer", tree().set("schemaVersion", new BigInteger("99999999999999999999")).text(),
                        "schemaVersion"),
                Arguments.of("a string for a boolean", tree().set("children[0].voice.seen", "true").text(),
                        "children[0].voice.seen"),
                Arguments.of("a number for a string", tree().set("narrative", 42).text(), "narrative"),
                Arguments.of("an object for a string", tree().set("narrative", Map.of("a", "b")).text(), "narrative"),
                Arguments.of("null in the list of children", tree().set("children[0]", null).text(), "children[0]"),
                Arguments.of("null for the place", tree().set("place", null).text(), "place"),
                Arguments.of("null for an adult's name", tree().set("adults[0].name", null).text(), "adults[0].name"),
                Arguments.of("an empty mention id", tree().set("children[0].mentionId", "").text(), "children[0].mentionId"),
                Arguments.of("a mention id that is not a UUID", tree().set("children[0].mentionId", "1-1-1-1-1").text(),
                        "children[0].mentionId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiltCaptures")
    void aSealedCaptureThatIsNotExactlyWhatTheContractSaysIsRejectedNamingTheField(String spoilt, String plaintext,
                                                                                   String field) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = officer.push(plaintext.getBytes(StandardCharsets.UTF_8), id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/invalid-capture", result.getProblem().getType());
        assertEquals(List.of(field), result.getProblem().getViolations().stream().map(Violation::getField).toList());
        assertEquals(0, stored.rowsFor(id));
    }

    /** Requests the audit and the fuzzer found, or that are their near relations: each a clear 4xx. */
    Stream<Arguments> hostileRequests() {
        String device = officer.device().getDeviceId().toString();
        return Stream.of(
                Arguments.of("POST", "/v1/submissions", "{\"deviceId\": \"" + device + "\", \"items\": [null]}",
                        officer.officer(), 400, "/problems/invalid-request"),
                Arguments.of("POST", "/v1/submissions", "{\"deviceId\": \"" + device + "\", \"items\": null}",
                        officer.officer(), 400, "/problems/invalid-request"),
                Arguments.of("POST", "/v1/submissions", "{\"deviceId\": \"\", \"items\": []}",
                        officer.officer(), 400, "/problems/invalid-request"),
                Arguments.of("POST", "/v1/people/" + suspect + "/relationships",
                        "{\"toPersonId\": \"\", \"kind\": \"sibling\", \"reason\": \"Seen together\"}",
                        triager, 400, "/problems/invalid-request"),
                Arguments.of("POST", "/v1/people/not-a-uuid/risk-markers",
                        "{\"kind\": \"weapons\", \"source\": \"Police\", \"recordedOn\": \"2026-01-05\"}",
                        triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/people/not-a-uuid/network", null, triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/mash/contacts/12345", null, triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/mash/contacts/%7B" + UUID.randomUUID() + "%7D", null, triager, 400,
                        "/problems/invalid-request"),
                Arguments.of("GET", "/v1/mash/contacts/1-1-1-1-1", null, triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/people/" + UUID.randomUUID().toString().replace("-", "") + "/network", null,
                        triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/mash/contacts?limit=-1", null, triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/mash/contacts?limit=99999999999", null, triager, 400, "/problems/invalid-request"),
                Arguments.of("GET", "/v1/feed?deviceId=" + device + "&limit=0", null, officer.officer(), 400,
                        "/problems/invalid-request"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("hostileRequests")
    void aHostileRequestGetsAClearRefusalNeverAServerError(String method, String path, String body, SignedIn user,
                                                           int status, String type) {
        long before = rows();

        RawJson.Answer answer = "GET".equals(method) ? raw.get(path, user) : raw.post(path, body, "application/json", user);

        assertEquals(status, answer.status(), () -> "status; body " + answer.body());
        assertEquals(type, answer.body().get("type"));
        assertEquals(before, rows());
    }

    @Test
    void aBodySentToAnOperationThatTakesNoneIsRefusedNotIgnored() {
        long before = rows();

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + UUID.randomUUID() + "/claim",
                "{\"claimedBy\": \"someone-else\"}", "application/json", triager);

        assertEquals(400, answer.status(), () -> "status; body " + answer.body());
        assertEquals("/problems/unexpected-body", answer.body().get("type"));
        assertEquals(before, rows());
    }

    private static JsonTree tree() {
        return JsonTree.of(Captures.incident());
    }

    private String sealedItem() {
        UUID id = UUID.randomUUID();
        byte[] sealed = Captures.seal(Captures.json(Captures.incident()), officer.device().getIntakeKey()
                .getPublicKeyset(), id, officer.device().getDeviceId());
        return "{\"submissionId\": \"" + id + "\", \"kind\": \"domestic-abuse-incident\", \"deviceTime\": \""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\", \"sealedPayload\": \""
                + Base64.getEncoder().encodeToString(sealed) + "\"}";
    }

    private long rows() {
        return TABLES.stream().mapToLong(t -> stored.count("SELECT COUNT(*) FROM " + t)).sum();
    }
}
