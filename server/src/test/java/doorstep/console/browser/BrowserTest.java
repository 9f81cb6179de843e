package doorstep.console.browser;

import doorstep.testing.ApiTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that drives the console in a headless chromium: one browser per test class, signed out and
 * on a blank page at the start of each test. Annotate subclasses as {@link ApiTest} says.
 */
public abstract class BrowserTest extends ApiTest {

    @Inject
    protected EmbeddedServer server;

    protected Chromium chromium;

    @BeforeAll
    void startChromium() {
        chromium = Chromium.start(server.getURL());
    }

    @BeforeEach
    void signedOutOnABlankPage() {
        chromium.forgetEverything();
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
