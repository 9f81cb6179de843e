package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Decision;
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

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front door steps out of order or at once, as a hostile or careless client sends them: one outcome holds. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHostileSequencesTest extends ApiTest {

    private static final String DECISION = "{\"outcome\": \"no-further-action\", \"rationale\": "
            + "\"Nothing for the MASH here, closing.\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer referrer;
    SignedIn triager;
    SignedIn otherTriager;
    SignedIn manager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherTriager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager", "mash-manager");
    }

    @Test
    void afterAReleaseSomeoneElseMustClaimBeforeTheyDecide() {
        UUID contactId = claimed(triager);
        raw.post("/v1/mash/contacts/" + contactId + "/release", "", null, triager);

        RawJson.Answer unclaimed = raw.post("/v1/mash/contacts/" + contactId + "/decision", DECISION,
                "application/json", otherTriager);
        RawJson.Answer byTheOneWhoLetGo = raw.post("/v1/mash/contacts/" + contactId + "/decision", DECISION,
                "application/json", triager);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), otherTriager, ContactSummary.class);
        RawJson.Answer claimedFirst = raw.post("/v1/mash/contacts/" + contactId + "/decision", DECISION,
                "application/json", otherTriager);

        assertEquals(409, unclaimed.status());
        assertEquals("/problems/contact-not-claimed-by-you", unclaimed.body().get("type"));
        assertEquals(409, byTheOneWhoLetGo.status());
        assertEquals("/problems/contact-not-claimed-by-you", byTheOneWhoLetGo.body().get("type"));
        assertEquals(200, claimedFirst.status());
        assertEquals(otherTriager.uid(), decisions(contactId).get(0).getDecidedBy());
    }

    @Test
    void onlyTheHolderCanReleaseAClaim() {
        UUID contactId = claimed(triager);

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/release", "", null, otherTriager);

        assertEquals(409, answer.status());
        assertEquals("/problems/contact-not-claimed-by-you", answer.body().get("type"));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND claimed_by = ?",
                contactId.toString(), triager.uid()));
    }

    @Test
    void aDecidedContactCannotBeRerated() {
        UUID contactId = decided();

        RawJson.Answer answer = raw.post("/v1/mash/contacts/" + contactId + "/rating",
                "{\"rag\": \"red\", \"reason\": \"It looks worse now\"}", "application/json", manager);
        RawJson.Answer green = raw.post("/v1/mash/contacts/" + contactId + "/rating",
                "{\"rag\": \"green\", \"reason\": \"It looks better now\"}", "application/json", manager);

        assertEquals(409, answer.status());
        assertEquals("/problems/contact-decided", answer.body().get("type"));
        assertEquals("/problems/contact-decided", green.body().get("type"));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_rating_change WHERE contact_id = ?",
                contactId.toString()));
    }

    @Test
    void ofTwoCorrectionsOfOneDecisionSentAtOnceOneHoldsAndTheOtherIsToldItWasSuperseded() throws Exception {
        UUID contactId = decided();
        UUID first = decisions(contactId).get(0).getDecisionId();
        String path = "/v1/mash/contacts/" + contactId + "/decisions/" + first + "/correction";
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<RawJson.Answer>> racing = List.of(triager, manager).stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return raw.post(path, correction(who.uid()), "application/json", who);
                })).toList();
        start.countDown();
        List<RawJson.Answer> answers = racing.stream().map(CompletableFuture::join).toList();

        assertEquals(List.of(200, 409), answers.stream().map(RawJson.Answer::status).sorted().toList());
        assertEquals("/problems/decision-superseded", answers.stream().filter(a -> a.status() == 409).findFirst()
                .orElseThrow().body().get("type"));
        List<Decision> kept = decisions(contactId);
        assertEquals(2, kept.size());
        assertEquals(first, kept.get(1).getCorrects());
    }

    @Test
    void theFirstDecisionCannotBeCorrectedOnceItsCorrectionStands() {
        UUID contactId = decided();
        UUID first = decisions(contactId).get(0).getDecisionId();
        String path = "/v1/mash/contacts/" + contactId + "/decisions/" + first + "/correction";
        assertEquals(200, raw.post(path, correction("one"), "application/json", triager).status());

        RawJson.Answer again = raw.post(path, correction("two"), "application/json", manager);

        assertEquals(409, again.status());
        assertEquals("/problems/decision-superseded", again.body().get("type"));
        assertEquals(2, decisions(contactId).size());
    }

    @Test
    void ofManagersCompletingOneActionAtOnceOnlyOneIsAuditedAsCompletingIt() {
        UUID contactId = decided();
        UUID actionId = decisions(contactId).get(0).getActions().get(0).getActionId();
        List<SignedIn> managers = List.of(manager, EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager"),
                EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager"),
                EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager"));
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<RawJson.Answer>> racing = managers.stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return raw.post("/v1/mash/actions/" + actionId + "/complete", "", null, who);
                })).toList();
        start.countDown();
        List<RawJson.Answer> answers = racing.stream().map(CompletableFuture::join).toList();

        assertEquals(List.of(200, 200, 200, 200), answers.stream().map(RawJson.Answer::status).toList());
        assertEquals(1, answers.stream().map(a -> a.body().get("completedBy")).distinct().count());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? "
                + "AND action = 'action.completed'", contactId.toString()));
        assertEquals(3, stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? "
                + "AND action = 'action.read'", contactId.toString()));
    }

    @Test
    void theSameDecisionSentTwiceAtOnceIsKeptOnce() {
        UUID contactId = claimed(triager);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<RawJson.Answer>> racing = List.of(1, 2, 3).stream()
                .map(attempt -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return raw.post("/v1/mash/contacts/" + contactId + "/decision", DECISION, "application/json",
                            triager);
                })).toList();
        start.countDown();
        List<RawJson.Answer> answers = racing.stream().map(CompletableFuture::join).toList();

        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), () -> answers.toString());
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertEquals(409, a.status()));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contactId.toString()));
    }

    private static String correction(String note) {
        return "{\"decision\": " + DECISION + ", \"reason\": \"Recorded in error, see note " + note + "\"}";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private UUID claimed(SignedIn by) {
        UUID contactId = Referrer.contactFor(api, by, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), by, ContactSummary.class);
        return contactId;
    }

    private UUID decided() {
        UUID contactId = claimed(triager);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(doorstep.api.model.Outcome.EARLY_HELP, "Family agrees to early help; no risk.")),
                triager, ContactSummary.class);
        return contactId;
    }

    private List<Decision> decisions(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), manager, ContactDetail.class).getDecisions();
    }
}
