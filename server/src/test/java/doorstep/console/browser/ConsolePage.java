package doorstep.console.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A screen of the console, as a test drives it: one subclass per screen. {@link #check} holds every
 * page to the same bar, at a desktop's width and at a phone's.
 */
public abstract class ConsolePage {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;
    private static final int SCREEN_HEIGHT = 800;
    private static final int MOST_TABS = 80;

    protected final Chromium chromium;

    /**
     * Waits (a few seconds at most: a form's answer may still be on its way) for chromium to show the
     * page with this title ("Sign in" for "Sign in – Doorstep MASH"), and fails if it does not.
     */
    protected ConsolePage(Chromium chromium, String title) {
        this.chromium = chromium;
        String expected = title + " – Doorstep MASH";
        try {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> expected.equals(driver.getTitle()));
        } catch (TimeoutException notShown) {
            assertEquals(expected, title(), "the page shown at " + chromium.path() + ", console " + chromium.newConsoleErrors()
                    + ": " + chromium.driver().findElement(By.tagName("body")).getText());
        }
    }

    public String title() {
        return chromium.driver().getTitle();
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    /**
     * Presses Tab this many times, as a keyboard user moves through the page, and says what each
     * press reached: an element's id, else its text ("Skip to main content").
     */
    public List<String> tabThrough(int presses) {
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            WebElement focused = chromium.press(Keys.TAB);
            String id = focused.getAttribute("id");
            reached.add(id == null || id.isEmpty() ? focused.getText().trim() : id);
        }
        return reached;
    }

    /**
     * Presses Tab until what has the focus has this id, these words or (for a link) ends with this
     * address, as a keyboard user moves down the page, and says how many presses it took.
     */
    public int tabTo(String idWordsOrAddress) {
        for (int presses = 1; presses <= MOST_TABS; presses++) {
            WebElement focused = chromium.press(Keys.TAB);
            String href = focused.getAttribute("href");
            if (idWordsOrAddress.equals(focused.getAttribute("id")) || idWordsOrAddress.equals(focused.getText().trim())
                    || href != null && href.endsWith(idWordsOrAddress)) {
                return presses;
            }
        }
        throw new AssertionError(idWordsOrAddress + " was not reached by " + MOST_TABS + " presses of Tab");
    }

    /**
     * Clicks what loads the next page, and waits until this one has gone: the next may have the same
     * title (a contact claimed is still "Contact"), so waiting for a title alone could read the old page.
     */
    protected void clickThrough(By by) {
        leave(() -> {
            try {
                find(by).click();
            } catch (WebDriverException detached) {
                // Found as the document was being swapped (chromium: "Node ... does not belong to the document"): once more.
                find(by).click();
            }
        });
    }

    /** Presses keys that load the next page (Enter on a link or a form's button), and waits until this one has gone. */
    public void typeThrough(CharSequence... keys) {
        leave(() -> chromium.press(keys));
    }

    /**
     * Marks this document's window, acts, and waits for a window without the mark: a new document.
     * Selenium's stalenessOf asks an element of the old page, and chromium may answer that with "Node
     * ... does not belong to the document" as the pages swap rather than as a stale element.
     */
    private void leave(Runnable action) {
        JavascriptExecutor script = (JavascriptExecutor) chromium.driver();
        script.executeScript("window.doorstepTestLeaving = true;");
        action.run();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .ignoring(WebDriverException.class) // asked mid-swap
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "return window.doorstepTestLeaving === undefined && document.readyState === 'complete';")));
    }

    /** Types into whatever has the focus, as a keyboard user would (Keys.ENTER and the like too). */
    public void type(CharSequence... keys) {
        chromium.press(keys);
    }

    protected WebElement find(By by) {
        return chromium.driver().findElement(by);
    }

    protected List<WebElement> findAll(By by) {
        return chromium.driver().findElements(by);
    }

    /**
     * At a desktop's width and at a phone's: no axe-core violation of WCAG 2.2 A or AA, nothing
     * refused by the content security policy, no script error, nothing wider than the screen (WCAG
     * 1.4.10 reflow, which axe cannot see); and a full-length screenshot of each
     * to target/console-screenshots/{name}-desktop.png and -phone.png.
     */
    public void check(String name) {
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(checkAt(DESKTOP, name + "-desktop"));
            problems.addAll(checkAt(PHONE, name + "-phone"));
        } finally {
            chromium.stopEmulating();
        }
        assertEquals(List.of(), problems, "the " + name + " page at " + chromium.path());
    }

    private List<String> checkAt(int width, String shot) {
        chromium.emulateScreen(width, SCREEN_HEIGHT);
        List<String> problems = new ArrayList<>();
        Axe.violations(chromium.driver()).forEach(violation -> problems.add(shot + ": axe: " + violation));
        chromium.newConsoleErrors().forEach(error -> problems.add(shot + ": console: " + error));
        int pageWidth = measure("document.documentElement.scrollWidth");
        if (pageWidth > width) {
            problems.add(shot + ": the page is " + pageWidth + " pixels wide on a screen " + width + " wide: "
                    + "readers would have to scroll sideways to read it");
        }
        chromium.emulateScreen(width, Math.max(SCREEN_HEIGHT, measure("document.documentElement.scrollHeight")));
        write(SCREENSHOTS.resolve(shot + ".png"), chromium.screenshotPng());
        return problems;
    }

    private int measure(String expression) {
        return ((Number) ((JavascriptExecutor) chromium.driver()).executeScript("return " + expression)).intValue();
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
