package doorstep.console.browser;

import org.openqa.selenium.By;

/** The open possible matches and, for a manager, the merges that may be undone. */
public final class PossibleMatchesPage extends ConsolePage {

    private PossibleMatchesPage(Chromium chromium) {
        super(chromium, "Possible matches");
    }

    public static PossibleMatchesPage fromNavigation(Chromium chromium) {
        chromium.driver().findElement(By.linkText("Possible matches")).click();
        return new PossibleMatchesPage(chromium);
    }

    public PossibleMatchPage open(String reviewId) {
        find(By.cssSelector("a[href='/console/people/reviews/" + reviewId + "']")).click();
        return PossibleMatchPage.shown(chromium);
    }

    public boolean offersMergesToUndo() {
        return !findAll(By.xpath("//*[contains(text(), 'Merges you can undo')]")).isEmpty();
    }
}
