package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

/** The decision form on one contact: outcome, rationale, actions, strategy discussion. */
public final class DecisionFormPage extends ConsolePage {

    private DecisionFormPage(Chromium chromium, String title) {
        super(chromium, title);
    }

    public static DecisionFormPage open(Chromium chromium, UUID contactId) {
        chromium.open("/console/contacts/" + contactId + "/decision");
        return shown(chromium);
    }

    public static DecisionFormPage shown(Chromium chromium) {
        return new DecisionFormPage(chromium, "Record a decision");
    }

    /** The form as the server sent it back with its errors. */
    public static DecisionFormPage refused(Chromium chromium) {
        return new DecisionFormPage(chromium, "Error: Record a decision");
    }

    /** Sends the form with the mouse, as it is. */
    public DecisionFormPage recordRefused() {
        // the button a sighted user sees at the end, not the form's hidden first button that Enter presses
        find(By.xpath("//button[normalize-space()='Record decision' and not(@aria-hidden)]")).click();
        return refused(chromium);
    }

    public boolean showsTheForm() {
        return !findAll(By.cssSelector("form[action$='/decision']")).isEmpty();
    }

    public String unavailable() {
        return find(By.id("unavailable")).getText();
    }

    public WebElement errorSummary() {
        return find(By.className("govuk-error-summary"));
    }

    public List<String> errorSummaryLinks() {
        return findAll(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    /** Follows an error summary link, as a keyboard or mouse user does, and says which field then has the focus. */
    public String followErrorLink(String words) {
        find(By.linkText(words)).click();
        return chromium.focused().getAttribute("id");
    }

    public String errorBy(String field) {
        return find(By.id(field + "-error")).getText();
    }
}
