package doorstep.console;

import doorstep.api.model.ContactSummary;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A triager records a decision on a contact they hold through the console's form, as a browser without JavaScript. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDecisionTest extends ApiTest {

    private static final String CHILD = "Zebedee";
    private static final String RATIONALE = "Mother disclosed repeated incidents; the children need an assessment.";

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    private ConsoleBrowser browser;
    private StoredRows stored;

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
        stored = new StoredRows(StoredRows.direct(dataSource));
    }

    /** A contact about a named child, referred by an officer with a phone, and a triager signed in to the console. */
    record Contact(UUID id, UUID submissionId, Referrer referrer, SignedIn triager, String session) {

        String form() {
            return "/console/contacts/" + id + "/decision";
        }
    }

    private Contact contact(boolean claimed) throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer referrer = Referrer.policeOfficer(api, TENANT);
        UUID submission = referrer.refer(Captures.incident(CHILD, LocalDate.now().minusYears(4), 3));
        UUID id = Referrer.contactFor(api, triager, submission).getContactId();
        if (claimed) {
            api.call(HttpRequest.POST("/v1/mash/contacts/" + id + "/claim", ""), triager, ContactSummary.class);
        }
        return new Contact(id, submission, referrer, triager, browser.sessionOf(triager));
    }

    /** The form as a browser sends it: the page's token first, then the fields in the order given. */
    private HttpResponse<String> send(Contact contact, String... fields) throws Exception {
        String token = ConsoleBrowser.formToken(browser.get("/console/queue", contact.session()).body());
        List<String> pairs = new ArrayList<>(List.of("csrfToken=" + token));
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(fields[i] + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return browser.post(contact.form(), contact.session(), String.join("&", pairs));
    }

    private static String[] action(int row, String what, String owner, LocalDate due) {
        return action(row, what, owner, String.valueOf(due.getDayOfMonth()), String.valueOf(due.getMonthValue()),
                String.valueOf(due.getYear()));
    }

    private static String[] action(int row, String what, String owner, String day, String month, String year) {
        String at = "actions-" + row + "-";
        return new String[]{at + "what", what, at + "owner", owner, at + "due-day", day, at + "due-month", month,
                at + "due-year", year};
    }

    private static String[] fields(String[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private long decisionsOn(Contact contact) {
        return stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contact.id().toString())
                + stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ?", contact.id().toString());
    }

    private static void assertSummaryLinks(String page, String field, String message) {
        assertTrue(page.contains("<title>Error: Record a decision – Doorstep MASH</title>"), page);
        assertTrue(page.contains("<a href=\"#" + field + "\">" + message + "</a>"),
                () -> "error summary links #" + field + " with \"" + message + "\" in:\n" + page);
        assertTrue(page.contains("<span class=\"govuk-visually-hidden\">Error:</span> " + message),
                "the same message by the field");
    }

    @Test
    void aDecisionWithTwoActionsIsStoredAndItsOutcomeReachesTheReferrersPhone() throws Exception {
        Contact contact = contact(true);
        LocalDate nextWeek = Decisions.today().plusDays(7);

        HttpResponse<String> form = browser.get(contact.form(), contact.session());
        HttpResponse<String> sent = send(contact, fields(new String[]{"outcome", "section-17-assessment",
                        "rationale", RATIONALE},
                action(0, "Allocate a social worker", "social-care", nextWeek),
                action(1, "Ask the school for attendance", "me", nextWeek.plusDays(1))));
        String location = sent.headers().firstValue("Location").orElseThrow();
        String queue = browser.get(location, contact.session()).body();

        assertTrue(form.body().contains("<title>Record a decision – Doorstep MASH</title>"), form.body());
        assertFalse(form.body().contains(CHILD), "no child's name on the form");
        assertTrue(form.body().contains("<details id=\"strategy-discussion\" class=\"govuk-details\">"),
                "the strategy discussion, for one outcome only, starts folded away");
        assertEquals(303, sent.statusCode(), sent.body());
        assertEquals("/console/queue?done=decided", location);
        assertTrue(queue.contains("Decision recorded"), queue);
        assertEquals(2, stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ?",
                contact.id().toString()));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ? AND owner_uid = ?",
                contact.id().toString(), contact.triager().uid()));
        FeedPage feed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + contact.referrer().device().getDeviceId()),
                contact.referrer().officer(), FeedPage.class);
        assertTrue(feed.getEntries().stream().map(FeedEntry::getOutcome)
                .anyMatch(outcome -> outcome != null && outcome.getSubmissionId().equals(contact.submissionId())
                        && outcome.getOutcome() == Outcome.SECTION_17_ASSESSMENT), feed.toString());
    }

    @Test
    void fiftyActionsAreRecordedFromTheFormAndThereIsNoRoomOfferedForMore() throws Exception {
        Contact contact = contact(true);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"outcome", "early-help", "rationale", RATIONALE});
        for (int row = 0; row < 50; row++) {
            rows.add(action(row, "Action " + (row + 1), "social-care", Decisions.today().plusDays(7)));
        }
        String[] form = fields(rows.toArray(String[][]::new));

        HttpResponse<String> more = send(contact, fields(form, new String[]{"addAction", "yes"}));
        HttpResponse<String> sent = send(contact, form);

        assertEquals(200, more.statusCode(), more.body());
        assertFalse(more.body().contains(">Add another action<"), "no fifty-first row offered");
        assertTrue(more.body().contains("You can record up to 50 actions on one decision."), more.body());
        assertEquals(303, sent.statusCode(), sent.body());
        assertEquals(50, stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ?", contact.id().toString()));
    }

    @Test
    void theFormIsAtTheContactsOwnAddressOnly() throws Exception {
        Contact contact = contact(true);
        String upperCase = "/console/contacts/" + contact.id().toString().toUpperCase() + "/decision";

        assertEquals(404, browser.get(upperCase, contact.session()).statusCode());
        assertEquals(404, browser.get("/console/contacts/not-an-id/decision", contact.session()).statusCode());
    }

    @Test
    void aDecisionWithoutOutcomeOrRationaleIsRefusedAtBothFieldsAndNothingIsStored() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, "rationale", "  ").body();

        assertSummaryLinks(page, "outcome", "Select the outcome of your decision");
        assertSummaryLinks(page, "rationale", "Enter the rationale for your decision");
        assertTrue(page.indexOf("#outcome\"") < page.indexOf("#rationale\""), "errors in the order of the form");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aRationaleTheApiWouldRefuseIsRefusedHereToo() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, "outcome", "no-further-action", "rationale", "Fine.").body();

        assertSummaryLinks(page, "rationale", "The rationale must be between 10 and 20,000 characters");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aStepAcrossNamesTheTeamItGoesTo() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, "outcome", "step-across", "rationale", RATIONALE, "stepAcrossTeam", "").body();

        assertSummaryLinks(page, "stepAcrossTeam", "Enter the team you are stepping this contact across to");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aTeamTypedForAnotherOutcomeIsRefusedRatherThanDropped() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, "outcome", "no-further-action", "rationale", RATIONALE,
                "stepAcrossTeam", "Children with disabilities team").body();

        assertSummaryLinks(page, "stepAcrossTeam", "Leave the team empty unless you step this contact across");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void anActionWithoutAnOwnerIsRefusedAtItsOwnerWithWhatWasTypedKept() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, fields(new String[]{"outcome", "early-help", "rationale", RATIONALE},
                action(0, "Offer a family support worker", "", Decisions.today().plusDays(3)))).body();

        assertSummaryLinks(page, "actions-0-owner", "Select who owns action 1");
        assertTrue(page.contains(">" + RATIONALE + "</textarea>"), "the rationale is kept");
        assertTrue(page.contains(">Offer a family support worker</textarea>"), "the action is kept");
        assertTrue(page.contains("value=\"early-help\" checked"), "the outcome stays chosen");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void anActionDueInThePastIsRefusedAtItsDate() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, fields(new String[]{"outcome", "early-help", "rationale", RATIONALE},
                action(0, "Offer a family support worker", "early-help", Decisions.today().minusDays(1)))).body();

        assertSummaryLinks(page, "actions-0-due-day", "The date action 1 is due must be today or in the future");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void anImpossibleDueDateIsRefusedAsNotARealDate() throws Exception {
        Contact contact = contact(true);

        // The 31st of February, and the 1st of February 2027 in Arabic-Indic digits (Java's parseInt reads those).
        for (String[] due : List.of(new String[]{"31", "2", "2031"},
                new String[]{"\u0661", "\u0662", "\u0662\u0660\u0662\u0667"})) {
            String page = send(contact, fields(new String[]{"outcome", "early-help", "rationale", RATIONALE},
                    action(0, "Offer a family support worker", "early-help", due[0], due[1], due[2]))).body();

            assertSummaryLinks(page, "actions-0-due-day", "The date action 1 is due must be a real date");
        }
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void anOutcomeThatStartsWorkNeedsAnAction() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, "outcome", "immediate-protection", "rationale", RATIONALE).body();

        assertSummaryLinks(page, "actions-0-what",
                "Add at least one action for this outcome: what is to be done, who owns it and when it is due");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aStrategyDiscussionAPartnerMissedNeedsAReasonAndTheWarningNamesThePartner() throws Exception {
        Contact contact = contact(true);
        List<String> fields = new ArrayList<>(List.of("outcome", "section-47-strategy-discussion",
                "rationale", RATIONALE));
        fields.addAll(List.of(action(0, "Hold the strategy discussion", "social-care", Decisions.today())));
        for (String agency : Decisions.ALL_PARTNERS) {
            fields.addAll(List.of("invited", agency));
            if (!agency.equals("education")) {
                fields.addAll(List.of("attended", agency));
            }
        }

        String page = send(contact, fields.toArray(String[]::new)).body();

        assertSummaryLinks(page, "missingAgencyReason", "Say why Education did not attend the strategy discussion");
        assertTrue(page.contains("Not ticked as attended: Education."), "the warning names who is missing");
        assertTrue(page.contains("<details id=\"strategy-discussion\" class=\"govuk-details\" open>"),
                "open, to show what was ticked and what is refused");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aTriagerWhoDoesNotHoldTheClaimIsToldToClaimItOnTheContactPage() throws Exception {
        Contact contact = contact(false);

        String form = browser.get(contact.form(), contact.session()).body();
        String refused = send(contact, "outcome", "no-further-action", "rationale", RATIONALE).body();

        assertTrue(form.contains("You need to claim this contact before you can record a decision on it."), form);
        assertTrue(form.contains("href=\"/console/contacts/" + contact.id() + "\""), "a link back to the contact");
        assertFalse(form.contains("<form method=\"post\" action=\"" + contact.form()), "no form to fill in vain");
        assertSummaryLinks(refused, "claim", "Claim this contact before you record a decision on it.");
        assertTrue(refused.contains(">" + RATIONALE + "</textarea>"), "what was typed is kept");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void aDecisionPostedWithoutTheFormTokenIsRefusedAndNothingIsStored() throws Exception {
        Contact contact = contact(true);

        HttpResponse<String> sent = browser.post(contact.form(), contact.session(),
                "outcome=no-further-action&rationale=" + URLEncoder.encode(RATIONALE, StandardCharsets.UTF_8));

        assertEquals(403, sent.statusCode());
        assertTrue(sent.body().contains("This form has expired"), sent.body());
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void addAnotherActionShowsOneMoreRowAndKeepsWhatWasTyped() throws Exception {
        Contact contact = contact(true);

        String page = send(contact, fields(new String[]{"outcome", "section-17-assessment", "rationale", RATIONALE},
                action(0, "Allocate a social worker", "social-care", "4", "5", "2031"),
                action(1, "", "", "", "", ""), new String[]{"addAction", "yes"})).body();

        assertTrue(page.contains("<title>Record a decision – Doorstep MASH</title>"), "no errors for adding a row");
        assertTrue(page.contains("id=\"actions-2-what\""), "a third row");
        assertFalse(page.contains("id=\"actions-3-what\""), "only one more");
        assertTrue(page.contains(">Allocate a social worker</textarea>"), page);
        assertTrue(page.contains("value=\"social-care\" selected"), "the owner stays chosen");
        assertTrue(page.contains("value=\"2031\""), "the due date is kept");
        assertTrue(page.contains(">" + RATIONALE + "</textarea>"), "the rationale is kept");
        assertEquals(0, decisionsOn(contact));
    }

    @Test
    void anotherTenantsContactIsPageNotFound() throws Exception {
        Contact contact = contact(true);
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        String stranger = browser.sessionOf(EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager"));

        HttpResponse<String> page = browser.get(contact.form(), stranger);

        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains(RATIONALE));
    }
}
