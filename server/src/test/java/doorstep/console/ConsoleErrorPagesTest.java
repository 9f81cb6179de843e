package doorstep.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.LogLines;
import doorstep.testing.RawConnection;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A console request that goes wrong ends on a GOV.UK error page, for a person; the API keeps problem+json. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleErrorPagesTest extends ApiTest {

    private static final String NOT_FOUND_TITLE = "<title>Page not found – Doorstep MASH</title>";
    private static final String SERVICE_PROBLEM_TITLE = "<title>Sorry, there is a problem with the service – Doorstep MASH</title>";

    @Inject
    EmbeddedServer server;

    private ConsoleBrowser browser;
    private String session;

    @BeforeAll
    void signIn() throws Exception {
        session = new ConsoleBrowser(server.getURL()).sessionOf(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"));
    }

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
    }

    @Test
    void anUnknownConsoleAddressShowsPageNotFoundInTheLayoutWithoutEchoingTheAddress() throws Exception {
        HttpResponse<String> response = browser.get("/console/queue-of-Zebedee", session);

        assertErrorPage(response, 404, NOT_FOUND_TITLE);
        assertTrue(response.body().contains("If you typed the web address, check it is correct."), response.body());
        assertTrue(response.body().contains("Sign out"), "the signed-in layout: " + response.body());
        assertFalse(response.body().contains("Zebedee"), "nothing of the request is echoed");
    }

    @Test
    void aMalformedIdInTheAddressIsPageNotFound() throws Exception {
        assertErrorPage(browser.get("/console/failing/contacts/not-an-id", session), 404, NOT_FOUND_TITLE);
    }

    @Test
    void aPageThatFindsNothingForThisUserEndsInPageNotFound() throws Exception {
        assertErrorPage(browser.get("/console/failing/contacts/" + UUID.randomUUID(), session), 404, NOT_FOUND_TITLE);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsPageNotFoundWithItsOwnStatus() throws Exception {
        assertErrorPage(browser.get("/console/sign-out", session), 405, NOT_FOUND_TITLE);
    }

    @Test
    void aFormThatCannotBeReadShowsAServiceProblemPage() throws Exception {
        HttpResponse<String> response = browser.post("/console/failing/forms", session, "children=Zebedee");

        assertErrorPage(response, 400, SERVICE_PROBLEM_TITLE);
        assertTrue(response.body().contains("Go back, reload the page and try again."), response.body());
        assertFalse(response.body().contains("Zebedee"), "nothing of the form is echoed");
    }

    @Test
    void aCrashShowsTryAgainLaterWithoutTheStackTraceOrItsMessage() throws Exception {
        HttpResponse<String> response = browser.get("/console/failing/crash", session);

        assertErrorPage(response, 500, SERVICE_PROBLEM_TITLE);
        assertTrue(response.body().contains("Try again later."), response.body());
        assertFalse(response.body().contains(FailingPagesController.CHILD_NAME_IN_EXCEPTION), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
        assertFalse(response.body().contains("at doorstep."), response.body());
    }

    @Test
    void aCrashIsLoggedWithItsClassAndFramesUnderAnIncidentIdButNeverItsMessage() throws Exception {
        List<ILoggingEvent> log = LogLines.during(Logger.ROOT_LOGGER_NAME, () -> browser.get("/console/failing/crash", session));

        List<String> lines = log.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : " " + event.getThrowableProxy().getMessage()))
                .toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains("java.lang.IllegalStateException")
                && line.contains("incident ") && line.contains("at doorstep.console.FailingPagesController")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(FailingPagesController.CHILD_NAME_IN_EXCEPTION)),
                "an exception's message may hold a child's name: it never reaches the log");
    }

    @Test
    void aFormBodyThatCannotBePercentDecodedIsTheSendersFaultNotACrash() throws Exception {
        for (String body : List.of("children=%zz%", "children=%zz")) {
            HttpResponse<String> response = browser.post("/console/failing/forms", session, body);

            assertErrorPage(response, 400, SERVICE_PROBLEM_TITLE);
            assertTrue(response.body().contains("Go back, reload the page and try again."), response.body());
        }
    }

    @Test
    void headersOverTheLimitAreAPageInWordsNotJson() throws Exception {
        RawConnection.Exchange exchange = RawConnection.send(server.getPort(), "GET /console/queue HTTP/1.1",
                "Host: 127.0.0.1", "X-Big: " + "a".repeat(20_000), "Connection: close", "", "");

        assertEquals(List.of(431), exchange.statuses(), exchange.head());
        assertTrue(exchange.body().contains("<title>Sorry, there is a problem with the service"), exchange.body());
    }

    @Test
    void aPostFromAnotherSiteRefusedBeforeTheConsoleSeesItSaysSoInWords() throws Exception {
        HttpResponse<String> nullOrigin = browser.post("/console/sign-in", null, "email=a%40b.test&password=x",
                "Origin", "null");
        HttpResponse<String> foreign = browser.post("/console/sign-out", session, "csrfToken=x",
                "Origin", "http://evil.test");

        for (HttpResponse<String> refused : List.of(nullOrigin, foreign)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(refused.body().contains("<title>This form was not sent from Doorstep – Doorstep MASH</title>"),
                    refused.body());
        }
    }

    @Test
    void theApiKeepsItsProblemDetails() {
        EmulatorUsers.SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        assertEquals("/problems/not-found", api.refusal(io.micronaut.http.HttpRequest.GET(
                "/v1/mash/contacts/" + UUID.randomUUID()), triager, 404).get("type"));
        assertEquals("/problems/invalid-request", api.refusal(io.micronaut.http.HttpRequest.GET(
                "/v1/mash/contacts/not-an-id"), triager, 400).get("type"));
    }

    @Test
    void govukFrontendAssetsMayBeCachedForADay() throws Exception {
        HttpResponse<String> css = browser.get("/console/assets/govuk-frontend.min.css", null);

        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=86400", css.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void assetsAreFilesToReadOnly() throws Exception {
        HttpResponse<String> folder = browser.get("/console/assets/images/", null);
        HttpResponse<String> deleted = browser.send("DELETE", "/console/assets/govuk-frontend.min.css");
        HttpResponse<String> put = browser.send("PUT", "/console/assets/govuk-frontend.min.css");

        assertEquals(404, folder.statusCode());
        assertTrue(folder.body().contains(NOT_FOUND_TITLE), folder.body());
        assertEquals(405, deleted.statusCode());
        assertEquals(405, put.statusCode());
        assertFalse(deleted.body().contains(".govuk-"), "not the file");
        assertEquals(200, browser.get("/console/assets/govuk-frontend.min.css", null).statusCode());
    }

    @Test
    void consolePagesAreNeverStored() throws Exception {
        assertEquals("no-store", browser.get("/console/queue", session).headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("no-store", browser.get("/console/sign-in", null).headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("no-store", browser.get("/console/assets/no-such-file.css", null).headers()
                .firstValue("Cache-Control").orElseThrow());
    }

    /** An HTML page in the layout, with the status, never stored, its one inline script allowed by this response's nonce. */
    private static void assertErrorPage(HttpResponse<String> response, int status, String title) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains(title), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        Matcher nonce = Pattern.compile("<script nonce=\"([^\"]+)\">").matcher(response.body());
        assertTrue(nonce.find(), response.body());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("'nonce-" + nonce.group(1) + "'"));
    }
}
