package doorstep.console.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver against one server. Never
 * Selenium Manager: this closed network has nothing for it to download, so both paths are fixed.
 */
public final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Without these chromium keeps trying to reach Google's services, and fails noisily here. */
    private static final List<String> QUIET_HEADLESS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,800");

    private final ChromeDriver driver;
    private final String server;

    private Chromium(ChromeDriver driver, URL server) {
        this.driver = driver;
        this.server = server.toString().replaceAll("/$", "");
    }

    /** A fresh chromium with a profile of its own under target/, for pages of the server at this address. */
    public static Chromium start(URL server) {
        for (Path needed : List.of(BINARY, DRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new AssertionError(needed + " is missing: the console's browser tests need Debian's chromium "
                        + "and chromium-driver; ./doorstep test installs them (or: apt-get install chromium chromium-driver).");
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments(QUIET_HEADLESS)
                .addArguments("--user-data-dir=" + freshProfile());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, server);
    }

    private static String freshProfile() {
        File profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath().toFile();
        if (!profile.mkdirs()) {
            throw new IllegalStateException("could not make the chromium profile " + profile);
        }
        return profile.getPath();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Goes to a path of the server, such as {@code /console/sign-in}. */
    public void open(String path) {
        driver.get(server + path);
    }

    /** The path (and query) of the page shown now. */
    public String path() {
        return driver.getCurrentUrl().substring(server.length());
    }

    /** The element that has the keyboard's focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a keyboard user would, into whatever has the focus. */
    public WebElement press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return focused();
    }

    /** Errors chromium logged since the last call (a refused script or style, a failed load, a script error). */
    public List<String> newConsoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Lays the page out as on a screen this wide and high (a phone's narrow width honours the viewport meta). */
    void emulateScreen(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 768));
    }

    /** Back to the window's own size. */
    void stopEmulating() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    byte[] screenshotPng() {
        String data = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
        return java.util.Base64.getDecoder().decode(data);
    }

    /** Forgets the session cookie and leaves the page, so that each test starts signed out. */
    public void forgetEverything() {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        newConsoleErrors();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
