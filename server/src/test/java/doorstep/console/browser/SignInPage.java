package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The sign-in form. */
public final class SignInPage extends ConsolePage {

    private SignInPage(Chromium chromium, String title) {
        super(chromium, title);
    }

    public static SignInPage open(Chromium chromium) {
        chromium.open("/console/sign-in");
        return shown(chromium);
    }

    /** The sign-in page chromium shows now (after a sign-out, say). */
    public static SignInPage shown(Chromium chromium) {
        return new SignInPage(chromium, "Sign in");
    }

    public QueuePage signInAs(String email, String password) {
        submit(email, password);
        return QueuePage.shown(chromium);
    }

    /** Signs in with what the server refuses: the page comes back with its errors. */
    public SignInPage signInRefused(String email, String password) {
        submit(email, password);
        return new SignInPage(chromium, "Error: Sign in");
    }

    private void submit(String email, String password) {
        email().sendKeys(email);
        password().sendKeys(password);
        find(By.cssSelector("form[action='/console/sign-in'] button[type=submit]")).click();
    }

    public WebElement email() {
        return find(By.id("email"));
    }

    public WebElement password() {
        return find(By.id("password"));
    }

    public WebElement errorSummary() {
        return find(By.className("govuk-error-summary"));
    }

    /** The links of the error summary, as a reader sees them. */
    public List<String> errorSummaryLinks() {
        return findAll(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    public String errorBy(String field) {
        return find(By.id(field + "-error")).getText();
    }
}
