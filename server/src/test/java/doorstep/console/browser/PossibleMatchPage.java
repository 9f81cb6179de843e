package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** One possible match: the two records side by side, the weights in words, and the decision form. */
public final class PossibleMatchPage extends ConsolePage {

    private PossibleMatchPage(Chromium chromium, String title) {
        super(chromium, title);
    }

    public static PossibleMatchPage shown(Chromium chromium) {
        return new PossibleMatchPage(chromium, "Possible match");
    }

    /** Each row of the side-by-side table: what it is, the new record's value, the known person's. */
    public List<List<String>> records() {
        return cells("#records tbody tr");
    }

    /** Each comparison: compared, what it found and suggests (two lines), weight. */
    public List<List<String>> evidence() {
        return cells("#evidence tbody tr");
    }

    public String total() {
        return find(By.id("total")).getText();
    }

    public String thresholds() {
        return find(By.id("thresholds")).getText();
    }

    public PossibleMatchPage decide(String choice, String reason) {
        if (choice != null) {
            find(By.xpath("//label[normalize-space()='" + choice + "']")).click();
        }
        find(By.id("reason")).sendKeys(reason);
        clickThrough(By.xpath("//button[normalize-space()='Save decision']"));
        return choice == null || reason.length() < 5 ? new PossibleMatchPage(chromium, "Error: Possible match")
                : shown(chromium);
    }

    public List<String> errorSummaryLinks() {
        return findAll(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    public WebElement errorSummary() {
        return find(By.className("govuk-error-summary"));
    }

    public String outcome() {
        return find(By.id("outcome")).getText();
    }

    public UndoMergePage undoMerge() {
        find(By.linkText("Undo this merge")).click();
        return UndoMergePage.shown(chromium, "Undo a merge");
    }

    private List<List<String>> cells(String rows) {
        return findAll(By.cssSelector(rows)).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
