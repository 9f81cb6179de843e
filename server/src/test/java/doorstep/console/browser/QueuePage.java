package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** Contacts by deadline, with its filters. */
public final class QueuePage extends ConsolePage {

    private QueuePage(Chromium chromium) {
        super(chromium, "Contacts by deadline");
    }

    public static QueuePage open(Chromium chromium) {
        chromium.open("/console/queue");
        return shown(chromium);
    }

    public static QueuePage shown(Chromium chromium) {
        return new QueuePage(chromium);
    }

    public QueuePage filterBy(String priority, String state) {
        priority().selectByVisibleText(priority);
        state().selectByVisibleText(state);
        clickThrough(By.cssSelector("form[action='/console/queue'] button[type=submit]"));
        return shown(chromium);
    }

    public Select priority() {
        return new Select(find(By.id("rag")));
    }

    public Select state() {
        return new Select(find(By.id("state")));
    }

    public WebElement filterButton() {
        return find(By.cssSelector("form[action='/console/queue'] button[type=submit]"));
    }

    /** Each contact's row as its cells read: priority, time left, kind, referred by, children, state, claimed by. */
    public List<List<String>> rows() {
        return findAll(By.cssSelector("#queue tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    public SignInPage signOut() {
        clickThrough(By.cssSelector("form[action='/console/sign-out'] button"));
        return SignInPage.shown(chromium);
    }
}
