package doorstep.console;

import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewDecision;
import doorstep.api.model.MatchReviewDecisionDecision;
import doorstep.api.model.MatchReviewState;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.PossibleMatches;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People reviews in the console: a possible match side by side with its weights in words, decided with a
 * reason by a triager or manager, and a merge undone by a manager after a confirmation step; all audited.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Every candidate goes to a person here, so each pair of near-same children makes a review.
@Property(name = "doorstep.people.confident-weight", value = "1000")
@Property(name = "doorstep.people.possible-weight", value = "0")
class ConsoleMatchReviewTest extends ApiTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(2018, 4, 23);

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    private ConsoleBrowser browser;
    private SignedIn triager;
    private SignedIn manager;
    private Referrer officer;
    private StoredRows stored;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        officer = Referrer.policeOfficer(api, TENANT);
        stored = new StoredRows(dataSource);
    }

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
    }

    @Test
    void theReviewShowsBothRecordsSideBySideAndTheWeightsInWordsAndIsAudited() throws Exception {
        UUID review = possibleMatch("Zuzanna", "Zuzana");
        String session = browser.sessionOf(triager);

        String list = browser.get("/console/people/reviews", session).body();
        HttpResponse<String> page = browser.get("/console/people/reviews/" + review, session);

        assertTrue(list.contains("href=\"/console/people/reviews/" + review + "\">Review"), list);
        assertFalse(list.contains("Zuzan"), "the list names no one");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<title>Possible match – Doorstep MASH</title>"), "no name in the title: " + body);
        assertTrue(body.contains(">Zuzana Smith<") && body.contains(">Zuzanna Smith<"), "both records");
        assertTrue(body.contains("23 April 2018"), body);
        assertTrue(Pattern.compile(">Date of birth</th>\\s*<td class=\"govuk-table__cell\">same date[^<]*<br>"
                + "<span class=\"govuk-!-font-weight-bold\">strong evidence they are the same person</span></td>").matcher(body).find(), body);
        assertTrue(body.contains("The total weight is +"), body);
        assertTrue(body.contains("Doorstep links two records by itself at a total weight of 1000.0 or more, and asks"
                + " a person from 0.0."), body);
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'match-review.read'"
                + " AND record_id = ? AND actor_uid = ?", review.toString(), triager.uid()));
    }

    @Test
    void aTriagerMergesWithAReasonAndTheDecisionIsAudited() throws Exception {
        UUID review = possibleMatch("Wiktoria", "Wiktorja");
        String session = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/people/reviews/" + review, session).body());

        HttpResponse<String> decided = browser.post("/console/people/reviews/" + review + "/decision", session,
                form(token, "same-person", "Same child: one letter mistyped."));

        assertEquals(303, decided.statusCode());
        assertEquals("/console/people/reviews/" + review, decided.headers().firstValue("Location").orElseThrow());
        assertEquals(MatchReviewState.SAME_PERSON, apiReview(review).getState());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.merged'"
                + " AND record_id = ? AND actor_uid = ?", review.toString(), triager.uid()));
        String after = browser.get("/console/people/reviews/" + review, session).body();
        assertTrue(after.contains("Decided: the same person."), after);
        assertFalse(after.contains("Undo this merge"), "a triager is not offered the undo");
    }

    @Test
    void aDecisionWithoutAChoiceOrAReasonIsShownTheGovukWayAndChangesNothing() throws Exception {
        UUID review = possibleMatch("Tomasz", "Tomas");
        String session = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/people/reviews/" + review, session).body());

        HttpResponse<String> refused = browser.post("/console/people/reviews/" + review + "/decision", session,
                "csrfToken=" + token + "&reason=ok");

        assertEquals(200, refused.statusCode(), "the form shown again with its errors, as GOV.UK forms are");
        String body = refused.body();
        assertTrue(body.contains("<title>Error: Possible match – Doorstep MASH</title>"), body);
        assertTrue(body.contains("<a href=\"#decision\">Select whether these are the same person or different people</a>"), body);
        assertTrue(body.contains("<a href=\"#reason\">Enter why you decided this in at least 5 characters</a>"), body);
        assertTrue(body.contains(">ok</textarea>"), "what was typed is kept");
        assertEquals(MatchReviewState.OPEN, apiReview(review).getState());
    }

    @Test
    void aReasonWithAHiddenControlCharacterIsRefusedAsTheDecisionFormRefusesIt() throws Exception {
        UUID review = possibleMatch("Wojciech", "Wojcieh");
        String session = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/people/reviews/" + review, session).body());

        HttpResponse<String> refused = browser.post("/console/people/reviews/" + review + "/decision", session,
                "csrfToken=" + token + "&decision=different-people&reason=Checked%1B%5B31m+with+the+school");

        assertTrue(refused.body().contains("The reason holds a hidden control or formatting character"), refused.body());
        assertEquals(MatchReviewState.OPEN, apiReview(review).getState());
    }

    @Test
    void aDecisionOnAReviewDecidedMeanwhileIsRefusedInPlainWordsAndTheFirstDecisionStands() throws Exception {
        UUID review = possibleMatch("Radoslaw", "Radoslav");
        String session = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/people/reviews/" + review, session).body());
        api.call(HttpRequest.POST("/v1/people/reviews/" + review + "/decision", new MatchReviewDecision(
                MatchReviewDecisionDecision.DIFFERENT_PEOPLE, "Different children: checked with the school.")),
                manager, MatchReview.class);

        HttpResponse<String> late = browser.post("/console/people/reviews/" + review + "/decision", session,
                form(token, "same-person", "Same child, I think."));

        assertTrue(late.body().contains("<a href=\"#decision\">This possible match has been decided.</a>"), late.body());
        assertTrue(late.body().contains("Decided: different people."), late.body());
        assertEquals(MatchReviewState.DIFFERENT_PEOPLE, apiReview(review).getState());
    }

    @Test
    void aManagerUndoesAMergeAfterConfirmingWhyAndATriagerCannot() throws Exception {
        UUID review = possibleMatch("Aoife", "Aoiffe");
        UUID merge = api.call(HttpRequest.POST("/v1/people/reviews/" + review + "/decision",
                new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, "Same child, spelling slip.")),
                triager, MatchReview.class).getMergeId();
        String triagers = browser.sessionOf(triager);
        String managers = browser.sessionOf(manager);
        String undo = "/console/people/merges/" + merge + "/undo";

        HttpResponse<String> triagerConfirm = browser.get(undo, triagers);
        HttpResponse<String> triagerUndo = browser.post(undo, triagers,
                form(ConsoleBrowser.formToken(triagerConfirm.body()), null, "I think this is wrong."));
        String reviewPage = browser.get("/console/people/reviews/" + review, managers).body();
        String confirm = browser.get(undo, managers).body();
        HttpResponse<String> undone = browser.post(undo, managers,
                form(ConsoleBrowser.formToken(confirm), null, "Twins: the merge was wrong."));

        assertEquals(403, triagerConfirm.statusCode());
        assertTrue(triagerConfirm.body().contains("Only a MASH manager can undo a merge"), triagerConfirm.body());
        assertEquals(403, triagerUndo.statusCode());
        assertTrue(reviewPage.contains("href=\"" + undo + "\""), "the manager is offered the undo: " + reviewPage);
        assertTrue(confirm.contains("Are you sure you want to undo this merge?"), confirm);
        assertEquals(303, undone.statusCode());
        assertEquals(undo, undone.headers().firstValue("Location").orElseThrow());
        assertTrue(browser.get(undo, managers).body().contains("Merge undone"));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.unmerged'"
                + " AND record_id = ? AND actor_uid = ?", merge.toString(), manager.uid()));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.unmerged'"
                + " AND actor_uid = ?", triager.uid()), "the triager's attempt changed nothing");
    }

    @Test
    void anotherTenantsReviewIsPageNotFoundAndStaysUndecided() throws Exception {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        UUID review = possibleMatch("Bartosz", "Bartek");
        String stranger = browser.sessionOf(EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager"));
        String token = ConsoleBrowser.formToken(browser.get("/console/people/reviews", stranger).body());

        HttpResponse<String> read = browser.get("/console/people/reviews/" + review, stranger);
        HttpResponse<String> decide = browser.post("/console/people/reviews/" + review + "/decision", stranger,
                form(token, "different-people", "Not the same child."));

        assertEquals(404, read.statusCode());
        assertTrue(read.body().contains("<title>Page not found – Doorstep MASH</title>"), read.body());
        assertFalse(read.body().contains("Bartosz"));
        assertEquals(404, decide.statusCode());
        assertEquals(MatchReviewState.OPEN, apiReview(review).getState());
        assertEquals(404, browser.get("/console/people/reviews/not-an-id", stranger).statusCode());
    }

    @Test
    void aFormWithoutItsSessionsTokenIsRefusedAndChangesNothing() throws Exception {
        UUID review = possibleMatch("Nnamdi", "Namdi");
        String session = browser.sessionOf(triager);

        HttpResponse<String> forged = browser.post("/console/people/reviews/" + review + "/decision", session,
                "decision=same-person&reason=" + URLEncoder.encode("Forged elsewhere.", StandardCharsets.UTF_8));

        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("This form has expired"), forged.body());
        assertEquals(MatchReviewState.OPEN, apiReview(review).getState());
    }

    @Test
    void possibleMatchesAreInTheNavigationAndOnlyAManagerIsShownMergesToUndo() throws Exception {
        String triagerSession = browser.sessionOf(triager);
        String queue = browser.get("/console/queue", triagerSession).body();
        String triagers = browser.get("/console/people/reviews", triagerSession).body();
        String managers = browser.get("/console/people/reviews", browser.sessionOf(manager)).body();

        assertTrue(queue.contains("href=\"/console/people/reviews\">Possible matches</a>"), queue);
        assertTrue(triagers.contains("href=\"/console/people/reviews\" aria-current=\"page\">"),
                "marked as the page the user is on: " + triagers);
        assertFalse(triagers.contains("Merges you can undo"));
        assertTrue(managers.contains("Merges you can undo"), managers);
    }

    private static String form(String token, String decision, String reason) {
        return "csrfToken=" + token + (decision == null ? "" : "&decision=" + decision)
                + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
    }

    private UUID possibleMatch(String firstName, String secondName) {
        return PossibleMatches.between(api, manager, officer, firstName, secondName, BIRTHDAY);
    }

    private MatchReview apiReview(UUID review) {
        return api.call(HttpRequest.GET("/v1/people/reviews/" + review), manager, MatchReview.class);
    }
}
