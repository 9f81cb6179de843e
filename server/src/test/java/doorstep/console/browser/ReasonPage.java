package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Why are you looking at this record?": asked before a contact opened without a task is shown. */
public final class ReasonPage extends ConsolePage {

    private static final String TITLE = "Why are you looking at this record?";

    private ReasonPage(Chromium chromium, String title) {
        super(chromium, title);
    }

    public static ReasonPage open(Chromium chromium, Object contactId) {
        chromium.open("/console/contacts/" + contactId);
        return new ReasonPage(chromium, TITLE);
    }

    /**
     * Sends the form with nothing chosen: it comes back with its error as a 400, which chromium logs as a
     * failed load; that one expected entry is taken off the log, so {@link #check} still sees any other.
     */
    public ReasonPage continueWithoutAReason() {
        submit();
        ReasonPage refused = new ReasonPage(chromium, "Error: " + TITLE);
        List<String> logged = chromium.newConsoleErrors();
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("Failed to load resource: the server responded with a status of 400"),
                logged.get(0));
        return refused;
    }

    /** Chooses "Another reason", types it, and opens the record (the form's answer redirects to it). */
    public ContactPage giveOtherReason(String reason) {
        find(By.cssSelector("input[name=reason][value=other]")).click();
        find(By.id("otherReason")).sendKeys(reason);
        submit();
        return ContactPage.shown(chromium);
    }

    public List<String> errorSummaryLinks() {
        return findAll(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    private void submit() {
        find(By.cssSelector("main form button[type=submit]")).click();
    }
}
