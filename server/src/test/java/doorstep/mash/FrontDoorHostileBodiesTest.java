package doorstep.mash;

import doorstep.api.model.ContactSummary;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
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
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile client's decision, correction and rating bodies, sent byte for byte to a contact the
 * triager holds: each is refused whole with the problem its fault names, and the contact is as it was.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHostileBodiesTest extends ApiTest {

    private static final String RATIONALE = "\"Family agrees to early help; no immediate risk.\"";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer referrer;
    SignedIn triager;
    SignedIn strangerInOtherTenant;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        strangerInOtherTenant = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
    }

    static String action(String dueOn) {
        return "{\"what\": \"Allocate a social worker\", \"ownerAgency\": \"social-care\", \"dueOn\": " + dueOn + "}";
    }

    static String earlyHelp(String rationale, String actions) {
        return "{\"outcome\": \"early-help\", \"rationale\": " + rationale + ", \"actions\": [" + actions + "]}";
    }

    static String section47(String invited, String attended) {
        return "{\"outcome\": \"section-47-strategy-discussion\", \"rationale\": " + RATIONALE + ", \"actions\": ["
                + action(quoted(Decisions.today().plusDays(1))) + "], \"strategyDiscussion\": {\"invited\": "
                + invited + ", \"attended\": " + attended + "}}";
    }

    static String quoted(Object value) {
        return "\"" + value + "\"";
    }

    static String strings(int count) {
        return "[" + String.join(", ", Collections.nCopies(count, "\"police\"")) + "]";
    }

    Stream<Arguments> spoiltDecisions() {
        String due = quoted(Decisions.today().plusDays(3));
        String valid = earlyHelp(RATIONALE, action(due));
        return Stream.of(
                Arguments.of("junk after the JSON", valid + " junk", "/problems/malformed-request", null),
                Arguments.of("an empty body", "", "/problems/malformed-request", null),
                Arguments.of("outcome named twice", "{\"outcome\": \"no-further-action\", " + valid.substring(1),
                        "/problems/malformed-request", null),
                Arguments.of("a number for a date", earlyHelp(RATIONALE, action("20270101")),
                        "/problems/invalid-request", "actions[0].dueOn"),
                Arguments.of("an object for a string", earlyHelp("{\"text\": \"long enough text\"}", action(due)),
                        "/problems/invalid-request", "rationale"),
                Arguments.of("null for the required outcome", valid.replace("\"early-help\"", "null"),
                        "/problems/invalid-request", "outcome"),
                Arguments.of("an outcome the contract does not list", valid.replace("early-help", "adoption"),
                        "/problems/invalid-request", "outcome"),
                Arguments.of("a due date in year 9999", earlyHelp(RATIONALE, action("\"9999-12-31\"")),
                        "/problems/invalid-request", "actions[0].dueOn"),
                Arguments.of("a due date in year 0001", earlyHelp(RATIONALE, action("\"0001-01-01\"")),
                        "/problems/invalid-request", "actions[0].dueOn"),
                Arguments.of("51 actions, over maxItems",
                        earlyHelp(RATIONALE, String.join(", ", Collections.nCopies(51, action(due)))),
                        "/problems/invalid-request", "actions"),
                Arguments.of("a rationale of 20,001 characters", earlyHelp(quoted("a".repeat(20_001)), action(due)),
                        "/problems/invalid-request", "rationale"),
                Arguments.of("a rationale of only spaces", earlyHelp(quoted(" ".repeat(12)), action(due)),
                        "/problems/invalid-request", "rationale"),
                Arguments.of("an action that asks nothing but spaces",
                        earlyHelp(RATIONALE, action(due).replace("Allocate a social worker", "     ")),
                        "/problems/invalid-request", "actions[0].what"),
                Arguments.of("a step across to a team of spaces", "{\"outcome\": \"step-across\", \"rationale\": "
                        + RATIONALE + ", \"stepAcrossTeam\": \"   \"}", "/problems/invalid-request", "stepAcrossTeam"),
                Arguments.of("31 invited agencies, over maxItems", section47(strings(31), "[]"),
                        "/problems/invalid-request", "strategyDiscussion.invited"),
                Arguments.of("an agency invited twice", section47(
                        "[\"police\", \"police\", \"health\", \"education\", \"social-care\"]",
                        "[\"police\", \"health\", \"education\", \"social-care\"]"),
                        "/problems/invalid-request", "strategyDiscussion.invited"),
                Arguments.of("an agency code in capitals", section47(
                        "[\"Police\", \"health\", \"education\", \"social-care\"]",
                        "[\"health\", \"education\", \"social-care\"]"),
                        "/problems/invalid-request", "strategyDiscussion.invited[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiltDecisions")
    void aSpoiltDecisionIsRefusedAndTheContactStaysClaimedWithNothingStored(String spoilt, String body, String type,
                                                                            String field) {
        UUID contactId = claimedContact();

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decision", body, "application/json",
                triager);

        assertEquals(400, answer.status(), () -> spoilt + ": " + answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(type, answer.body().get("type"), () -> spoilt + ": " + answer.body());
        if (field != null) {
            assertTrue(fields(answer.body()).contains(field), () -> spoilt + ": " + answer.body());
        }
        assertPlain(answer.body());
        assertUndecided(contactId);
    }

    @Test
    void aRationaleOfExactly20000CharactersIsTaken() {
        UUID contactId = claimedContact();

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decision",
                earlyHelp(quoted("a".repeat(20_000)), action(quoted(Decisions.today()))), "application/json", triager);

        assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contactId.toString()));
    }

    @Test
    void theServerSaysWhichStatutoryPartnersWereMissingWhateverTheClientClaims() {
        UUID contactId = claimedContact();
        String body = section47("[\"police\", \"health\"]", "[\"police\"]")
                .replace("\"attended\": [\"police\"]", "\"attended\": [\"police\"], \"missingAgencies\": []");

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decision", body, "application/json",
                triager);

        assertEquals(400, answer.status());
        assertEquals("/problems/strategy-discussion-incomplete", answer.body().get("type"));
        assertEquals(List.of("health", "education", "social-care"), answer.body().get("missingAgencies"));
        assertUndecided(contactId);
    }

    @Test
    void anActionOwnedByAnotherTenantsUserIsRefusedNamingTheOwner() {
        UUID contactId = claimedContact();
        String body = earlyHelp(RATIONALE, "{\"what\": \"Visit the family\", \"ownerUid\": "
                + quoted(strangerInOtherTenant.uid()) + ", \"dueOn\": " + quoted(Decisions.today().plusDays(2)) + "}");

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decision", body, "application/json",
                triager);

        assertEquals(400, answer.status());
        assertEquals("/problems/invalid-request", answer.body().get("type"));
        assertEquals(List.of("actions[0].ownerUid"), fields(answer.body()));
        assertUndecided(contactId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-user", "../../accounts:delete", "a/b?c#d", "%00", "x"})
    void anActionOwnerWhoIsNoUserOfTheTenantIsRefusedNamingTheOwner(String uid) {
        UUID contactId = claimedContact();
        String owner = "\"ownerUid\": " + quoted(uid + "-" + "u".repeat(100));

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decision",
                earlyHelp(RATIONALE, action(quoted(Decisions.today())).replace("\"ownerAgency\": \"social-care\"", owner)),
                "application/json", triager);

        assertEquals(400, answer.status(), () -> uid + ": " + answer.body());
        assertEquals("/problems/invalid-request", answer.body().get("type"));
        assertEquals(List.of("actions[0].ownerUid"), fields(answer.body()));
        assertUndecided(contactId);
    }

    Stream<Arguments> spoiltRatings() {
        return Stream.of(
                Arguments.of("a rating the contract does not list", "{\"rag\": \"purple\", \"reason\": \"Worse now\"}",
                        "/problems/invalid-request", "rag"),
                Arguments.of("a reason of spaces", "{\"rag\": \"red\", \"reason\": \"   \"}",
                        "/problems/invalid-request", "reason"),
                Arguments.of("a reason of 2,001 characters", "{\"rag\": \"red\", \"reason\": " + quoted("r".repeat(2001))
                        + "}", "/problems/invalid-request", "reason"),
                Arguments.of("rag named twice", "{\"rag\": \"red\", \"rag\": \"green\", \"reason\": \"Worse now\"}",
                        "/problems/malformed-request", null),
                Arguments.of("a number for the rating", "{\"rag\": 1, \"reason\": \"Worse now\"}",
                        "/problems/invalid-request", "rag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiltRatings")
    void aSpoiltRatingChangeIsRefusedAndNothingIsKept(String spoilt, String body, String type, String field) {
        UUID contactId = claimedContact();

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/rating", body, "application/json",
                triager);

        assertEquals(400, answer.status(), () -> spoilt + ": " + answer.body());
        assertEquals(type, answer.body().get("type"), () -> spoilt + ": " + answer.body());
        if (field != null) {
            assertTrue(fields(answer.body()).contains(field), () -> spoilt + ": " + answer.body());
        }
        assertPlain(answer.body());
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_rating_change WHERE contact_id = ?",
                contactId.toString()));
    }

    @Test
    void aRatingReasonOfExactly2000CharactersIsTaken() {
        UUID contactId = claimedContact();
        String current = stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND rag = 'RED'",
                contactId.toString()) == 1 ? "green" : "red";

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/rating",
                "{\"rag\": \"" + current + "\", \"reason\": " + quoted("r".repeat(2000)) + "}", "application/json",
                triager);

        assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
    }

    Stream<Arguments> spoiltCorrections() {
        String decision = "{\"outcome\": \"no-further-action\", \"rationale\": " + RATIONALE + "}";
        return Stream.of(
                Arguments.of("a reason of spaces", "{\"decision\": " + decision + ", \"reason\": \"           \"}",
                        "/problems/invalid-request", "reason"),
                Arguments.of("a corrected outcome the contract does not list", "{\"decision\": "
                        + decision.replace("no-further-action", "closed") + ", \"reason\": \"Recorded in error.\"}",
                        "/problems/invalid-request", "decision.outcome"),
                Arguments.of("no decision at all", "{\"reason\": \"Recorded in error.\"}",
                        "/problems/invalid-request", "decision"),
                Arguments.of("junk after the JSON", "{\"decision\": " + decision + ", \"reason\": "
                        + "\"Recorded in error.\"}]", "/problems/malformed-request", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiltCorrections")
    void aSpoiltCorrectionIsRefusedAndTheFirstDecisionStandsAlone(String spoilt, String body, String type,
                                                                  String field) {
        UUID contactId = claimedContact();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(doorstep.api.model.Outcome.EARLY_HELP, "Family agrees to early help.")),
                triager, ContactSummary.class);
        String decisionId = new String(stored.bytes("SELECT id FROM contact_decision WHERE contact_id = ?",
                contactId.toString()), java.nio.charset.StandardCharsets.US_ASCII);

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/decisions/" + decisionId
                + "/correction", body, "application/json", triager);

        assertEquals(400, answer.status(), () -> spoilt + ": " + answer.body());
        assertEquals(type, answer.body().get("type"), () -> spoilt + ": " + answer.body());
        if (field != null) {
            assertTrue(fields(answer.body()).contains(field), () -> spoilt + ": " + answer.body());
        }
        assertPlain(answer.body());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contactId.toString()));
    }

    private UUID claimedContact() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        return contactId;
    }

    private void assertUndecided(UUID contactId) {
        String id = contactId.toString();
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND state = 'CLAIMED'", id));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", id));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ?", id));
    }

    /** No stack trace, no exception text: a detail written for the caller. */
    static void assertPlain(Map<String, Object> problem) {
        String detail = String.valueOf(problem.get("detail"));
        assertFalse(detail.contains("Exception") || detail.contains("\tat ") || detail.contains("doorstep."),
                () -> "detail: " + detail);
        assertFalse(problem.containsKey("trace") || problem.containsKey("stackTrace"));
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> problem) {
        Object violations = problem.get("violations");
        return violations == null ? List.of() : ((List<Map<String, Object>>) violations).stream()
                .map(v -> String.valueOf(v.get("field"))).toList();
    }
}
