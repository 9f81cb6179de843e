package doorstep.console.browser;

import org.openqa.selenium.By;

/** The confirmation step before a manager undoes a merge, and the page that says it was undone. */
public final class UndoMergePage extends ConsolePage {

    private UndoMergePage(Chromium chromium, String title) {
        super(chromium, title);
    }

    static UndoMergePage shown(Chromium chromium, String title) {
        return new UndoMergePage(chromium, title);
    }

    public UndoMergePage undoBecause(String reason) {
        find(By.id("reason")).sendKeys(reason);
        clickThrough(By.xpath("//button[normalize-space()='Undo merge']"));
        return shown(chromium, "Merge undone");
    }

    public String panel() {
        return find(By.className("govuk-panel")).getText();
    }
}
