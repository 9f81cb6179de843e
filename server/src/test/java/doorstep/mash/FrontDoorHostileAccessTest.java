package doorstep.mash;

import doorstep.api.model.Action;
import doorstep.api.model.ActionRequest;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Decision;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hostile client's addresses, roles and bodies on bodyless steps: someone else's ids answer exactly
 * as ids that do not exist, roles outside the MASH are refused, and nothing changes.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHostileAccessTest extends ApiTest {

    private static final String CORRECTION = "{\"decision\": {\"outcome\": \"no-further-action\", \"rationale\":"
            + " \"Nothing for the MASH here, closing.\"}, \"reason\": \"The first outcome was recorded in error.\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer referrer;
    SignedIn triager;
    SignedIn otherManager;
    Decision ours;
    Decision alsoOurs;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherManager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager", "mash-manager");
        ours = decided();
        alsoOurs = decided();
    }

    @Test
    void anotherTenantsIdsAnswerExactlyAsIdsThatDoNotExist() {
        UUID contact = ours.getContactId();
        UUID action = ours.getActions().get(0).getActionId();
        String nobody = UUID.randomUUID().toString();

        assertSameNotFound("/v1/mash/contacts/" + contact + "/rating", "/v1/mash/contacts/" + nobody + "/rating",
                "{\"rag\": \"red\", \"reason\": \"Worse than it looked\"}");
        assertSameNotFound("/v1/mash/contacts/" + contact + "/release", "/v1/mash/contacts/" + nobody + "/release", null);
        assertSameNotFound("/v1/mash/contacts/" + contact + "/decision", "/v1/mash/contacts/" + nobody + "/decision",
                "{\"outcome\": \"no-further-action\", \"rationale\": \"Nothing for the MASH here.\"}");
        assertSameNotFound("/v1/mash/contacts/" + contact + "/decisions/" + ours.getDecisionId() + "/correction",
                "/v1/mash/contacts/" + nobody + "/decisions/" + nobody + "/correction", CORRECTION);
        assertSameNotFound("/v1/mash/actions/" + action + "/complete", "/v1/mash/actions/" + nobody + "/complete", null);
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contact.toString()));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_rating_change WHERE contact_id = ?",
                contact.toString()));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM decision_action WHERE id = ? AND completed_at IS NOT NULL",
                action.toString()));
    }

    @Test
    void aDecisionOfAnotherContactCannotBeCorrectedThroughThisOne() {
        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + ours.getContactId() + "/decisions/"
                + alsoOurs.getDecisionId() + "/correction", CORRECTION, "application/json", triager);

        assertEquals(404, answer.status());
        assertEquals("/problems/not-found", answer.body().get("type"));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?",
                alsoOurs.getContactId().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"practitioner", "admin", "return-home-manager", "return-home-interviewer"})
    void rolesOutsideTheMashAreRefusedEveryFrontDoorStep(String role) {
        SignedIn outsider = EmulatorUsers.signedIn(TENANT, role.equals("practitioner") ? "early-help" : "social-care",
                role);
        String contact = "/v1/mash/contacts/" + ours.getContactId();

        assertForbidden(raw.post(contact + "/rating", "{\"rag\": \"red\", \"reason\": \"Worse now\"}",
                "application/json", outsider));
        assertForbidden(raw.post(contact + "/release", "", null, outsider));
        assertForbidden(raw.post(contact + "/decision",
                "{\"outcome\": \"no-further-action\", \"rationale\": \"Nothing for the MASH here.\"}",
                "application/json", outsider));
        assertForbidden(raw.post(contact + "/decisions/" + ours.getDecisionId() + "/correction", CORRECTION,
                "application/json", outsider));
        assertForbidden(raw.get("/v1/mash/oversight", outsider));
        assertForbidden(raw.get("/v1/mash/actions?owner=overdue", outsider));
        assertForbidden(raw.post("/v1/mash/actions/" + ours.getActions().get(0).getActionId() + "/complete", "", null,
                outsider));
        assertEquals(200, raw.get("/v1/mash/actions?owner=me", outsider).status());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?",
                ours.getContactId().toString()));
    }

    @ParameterizedTest
    @CsvSource({"owner=, /problems/invalid-request", "limit=5, /problems/invalid-request",
            "owner=me&limit=0, /problems/invalid-request", "owner=me&limit=501, /problems/invalid-request",
            "owner=me&limit=ten, /problems/invalid-request", "owner=me&owner=overdue, /problems/invalid-request"})
    void anActionsQueryOutsideTheContractIsRefused(String query, String type) {
        RawJson.Answer answer = raw.get("/v1/mash/actions?" + query, triager);

        assertEquals(400, answer.status(), () -> query + ": " + answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(type, answer.body().get("type"), () -> query + ": " + answer.body());
        FrontDoorHostileBodiesTest.assertPlain(answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "%7B0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d%7D", "1-1-1-1-1",
            "0b7c1d2e3f404a5b8c6d7e8f9a0b1c2d"})
    void anIdThatIsNotAUuidIsRefusedWithoutReachingAnything(String id) {
        RawJson.Answer release = raw.post("/v1/mash/contacts/" + id + "/release", "", null, triager);
        RawJson.Answer complete = raw.post("/v1/mash/actions/" + id + "/complete", "", null, triager);

        assertEquals(400, release.status(), () -> id + ": " + release.body());
        assertEquals("/problems/invalid-request", release.body().get("type"), () -> id + ": " + release.body());
        assertEquals(400, complete.status(), () -> id + ": " + complete.body());
        assertEquals("/problems/invalid-request", complete.body().get("type"), () -> id + ": " + complete.body());
    }

    @Test
    void aBodyOnCompleteIsRefusedAndTheActionStaysOpen() {
        UUID action = ours.getActions().get(0).getActionId();

        RawJson.Answer answer = raw.post("/v1/mash/actions/" + action + "/complete", "{\"completedBy\": \"someone\"}",
                "application/json", triager);

        assertEquals(400, answer.status());
        assertEquals("/problems/unexpected-body", answer.body().get("type"));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM decision_action WHERE id = ? AND completed_at IS NOT NULL",
                action.toString()));
    }

    @Test
    void completingACompletedActionAgainIsAuditedBecauseItShowsWhatTheActionAsks() {
        Decision decision = decided();
        String action = decision.getActions().get(0).getActionId().toString();
        api.call(HttpRequest.POST("/v1/mash/actions/" + action + "/complete", ""), triager, Action.class);
        long before = audited(decision.getContactId());

        Action again = api.call(HttpRequest.POST("/v1/mash/actions/" + action + "/complete", ""), triager,
                Action.class);

        assertEquals("Visit the family", again.getWhat());
        assertEquals(before + 1, audited(decision.getContactId()));
    }

    private long audited(UUID contactId) {
        return stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ?", contactId.toString());
    }

    private void assertSameNotFound(String theirs, String nobodys, String body) {
        RawJson.Answer forTheirs = body == null ? raw.post(theirs, "", null, otherManager)
                : raw.post(theirs, body, "application/json", otherManager);
        RawJson.Answer forNobodys = body == null ? raw.post(nobodys, "", null, otherManager)
                : raw.post(nobodys, body, "application/json", otherManager);
        assertEquals(404, forTheirs.status(), () -> theirs + ": " + forTheirs.body());
        assertEquals("/problems/not-found", forTheirs.body().get("type"));
        assertEquals(forNobodys.status(), forTheirs.status(), theirs);
        assertEquals(forNobodys.body(), forTheirs.body(), theirs);
    }

    private static void assertForbidden(RawJson.Answer answer) {
        assertEquals(403, answer.status(), () -> String.valueOf(answer.body()));
        assertEquals("/problems/forbidden", answer.body().get("type"));
        FrontDoorHostileBodiesTest.assertPlain(answer.body());
    }

    private Decision decided() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        ActionRequest mine = new ActionRequest("Visit the family", Decisions.today().plusDays(2)).ownerUid(triager.uid());
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.EARLY_HELP, "Family agrees to early help; no immediate risk.")
                        .actions(List.of(mine))), triager, ContactSummary.class);
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class)
                .getDecisions().get(0);
    }
}
