package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The manager view: contacts past and near their deadline, overdue actions, late interviews, the backlog. */
public final class ManagerViewPage extends ConsolePage {

    private ManagerViewPage(Chromium chromium) {
        super(chromium, "Manager view");
    }

    /** From any console page, through the navigation. */
    public static ManagerViewPage fromNavigation(Chromium chromium) {
        chromium.driver().findElement(By.linkText("Manager view")).click();
        return new ManagerViewPage(chromium);
    }

    /** The headings of the tables and sections, in the order a reader meets them. */
    public List<String> sections() {
        return findAll(By.cssSelector("main caption.govuk-table__caption--m, main h2.govuk-heading-m")).stream()
                .map(WebElement::getText).toList();
    }

    /** Each breached contact's row as its cells read: priority, deadline, the contact (kind, who referred it, when), claimed by. */
    public List<List<String>> breaches() {
        return rowsOf("breaches");
    }

    public List<List<String>> nearBreaches() {
        return rowsOf("near-breaches");
    }

    /** Where each contact link of a table leads. */
    public List<String> contactLinks(String table) {
        return findAll(By.cssSelector("#" + table + " tbody a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    private List<List<String>> rowsOf(String table) {
        return findAll(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
