package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contact's page: its summary, the sections in the order they read, and the claim's buttons. */
public final class ContactPage extends ConsolePage {

    private ContactPage(Chromium chromium) {
        super(chromium, "Contact");
    }

    /** Opens the contact as a link from the queue does. */
    public static ContactPage openFromQueue(Chromium chromium, Object contactId) {
        chromium.open("/console/contacts/" + contactId + "?from=queue");
        return shown(chromium);
    }

    public static ContactPage shown(Chromium chromium) {
        return new ContactPage(chromium);
    }

    /** Reloads the page, as the browser's reload button does: a GET, nothing posted again. */
    public ContactPage reload() {
        chromium.driver().navigate().refresh();
        return shown(chromium);
    }

    /** The headings of the page's sections (h2 in the main content), top to bottom. */
    public List<String> sections() {
        return findAll(By.cssSelector("main section > h2")).stream().map(WebElement::getText).toList();
    }

    /** What the summary at the top says against a key ("Claimed by"). */
    public String summary(String key) {
        return findAll(By.cssSelector("#summary .govuk-summary-list__row")).stream()
                .filter(row -> row.findElement(By.className("govuk-summary-list__key")).getText().equals(key))
                .map(row -> row.findElement(By.className("govuk-summary-list__value")).getText())
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in the summary"));
    }

    /** The notification banner's words, if the page has one. */
    public Optional<String> banner() {
        return findAll(By.className("govuk-notification-banner__heading")).stream().map(WebElement::getText).findFirst();
    }

    public ContactPage claim() {
        clickThrough(By.cssSelector("form[action$='/claim'] button"));
        return shown(chromium);
    }

    /**
     * Claims a contact someone else holds: the page comes back as a 409, which chromium logs as a failed
     * load; that one expected entry is taken off the log, so {@link #check} still sees any other.
     */
    public ContactPage claimRefused() {
        clickThrough(By.cssSelector("form[action$='/claim'] button"));
        ContactPage refused = shown(chromium);
        List<String> logged = chromium.newConsoleErrors();
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("/claim - Failed to load resource: the server responded with a status of 409"),
                logged.get(0));
        return refused;
    }

    public ContactPage release() {
        clickThrough(By.cssSelector("form[action$='/release'] button"));
        return shown(chromium);
    }

    public boolean offersClaim() {
        return !findAll(By.cssSelector("form[action$='/claim'] button")).isEmpty();
    }

    /** Where "Record a decision" leads, if the page offers it. */
    public Optional<String> recordDecisionHref() {
        return findAll(By.linkText("Record a decision")).stream().map(link -> link.getAttribute("href")).findFirst();
    }
}
