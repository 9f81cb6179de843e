package doorstep.console.browser;

import doorstep.api.model.ContactSummary;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision form in a real browser: filled and sent by keyboard alone, its errors the GOV.UK way. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDecisionBrowserTest extends BrowserTest {

    private static final String CHILD = "Zebedee";

    /** A triager signed in through the sign-in page, and a contact about a named child; claimed by them if asked. */
    private UUID contactFor(SignedIn triager, boolean claimed) {
        UUID contact = Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incident(CHILD, LocalDate.now().minusYears(4), 3))).getContactId();
        if (claimed) {
            api.call(HttpRequest.POST("/v1/mash/contacts/" + contact + "/claim", ""), triager, ContactSummary.class);
        }
        SignInPage.open(chromium).signInAs(triager.email(), EmulatorUsers.PASSWORD);
        return contact;
    }

    @Test
    void aKeyboardAloneRecordsADecisionWithAnActionAndEnterSendsIt() {
        UUID contact = contactFor(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"), true);
        LocalDate due = Decisions.today().plusDays(7);
        DecisionFormPage form = DecisionFormPage.open(chromium, contact);
        form.check("decision");

        form.tabTo("outcome");
        form.type(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals(List.of("stepAcrossTeam", "rationale"), form.tabThrough(2), "the outcome's radios are one stop");
        form.type("The children are safe with their father; a child in need assessment will say what help they need.");
        assertEquals(1, form.tabTo("actions-0-what"));
        form.type("Allocate a social worker");
        assertEquals(1, form.tabTo("actions-0-owner"));
        form.type("You");
        form.tabTo("actions-0-due-day");
        form.type(String.valueOf(due.getDayOfMonth()), Keys.TAB, String.valueOf(due.getMonthValue()), Keys.TAB,
                String.valueOf(due.getYear()));
        // Enter in a field records the decision, as "Record decision" does, not "Add another action" above it
        // (the journey test tabs to the button itself).
        form.typeThrough(Keys.ENTER);

        QueuePage queue = QueuePage.shown(chromium);
        assertEquals("/console/queue?done=decided", chromium.path());
        assertTrue(chromium.driver().findElement(By.className("govuk-notification-banner")).getText()
                .contains("Decision recorded"));
        assertFalse(chromium.path().contains(CHILD));
        queue.check("queue-decided");
    }

    @Test
    void aFormSentEmptyShowsTheErrorSummaryFirstAndEachLinkReachesItsField() {
        UUID contact = contactFor(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"), true);

        DecisionFormPage refused = DecisionFormPage.open(chromium, contact).recordRefused();

        refused.check("decision-errors");
        assertEquals(List.of("Select the outcome of your decision", "Enter the rationale for your decision"),
                refused.errorSummaryLinks());
        assertEquals(refused.errorSummary(), chromium.focused(), "a screen reader hears the problem first");
        assertTrue(refused.errorBy("rationale").endsWith("Enter the rationale for your decision"));
        assertEquals("outcome", refused.followErrorLink("Select the outcome of your decision"));
        assertEquals("rationale", refused.followErrorLink("Enter the rationale for your decision"));
        assertFalse(refused.title().contains(CHILD));
    }

    @Test
    void withoutTheClaimTheFormSaysSoAndLinksBackToTheContact() {
        UUID contact = contactFor(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"), false);

        DecisionFormPage page = DecisionFormPage.open(chromium, contact);

        page.check("decision-not-claimed");
        assertFalse(page.showsTheForm());
        assertEquals("You need to claim this contact before you can record a decision on it.", page.unavailable());
        assertEquals(chromium.driver().findElement(By.linkText("Go back to the contact")).getAttribute("href"),
                chromium.driver().getCurrentUrl().replace("/decision", ""));
    }
}
