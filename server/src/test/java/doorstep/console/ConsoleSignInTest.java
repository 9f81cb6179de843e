package doorstep.console;

import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSignInTest extends ApiTest {

    @Inject
    EmbeddedServer server;

    private ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
    }

    @Test
    void theRightPasswordGivesAnHttpOnlyStrictSessionCookieForTheConsoleOnly() throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        HttpResponse<String> response = browser.signIn(triager.email(), EmulatorUsers.PASSWORD);

        assertEquals(303, response.statusCode());
        assertEquals("/console/queue", response.headers().firstValue("Location").orElseThrow());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(SessionGate.COOKIE + "="), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/console"), cookie);
        assertTrue(cookie.contains("Max-Age=28800"), "eight hours: " + cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP in tests; Secure everywhere else: " + cookie);
    }

    @Test
    void anEmptyFormAndARepeatedFieldAreAnsweredInWords() throws Exception {
        HttpResponse<String> empty = browser.post("/console/sign-in", null, "");
        HttpResponse<String> repeated = browser.post("/console/sign-in", null,
                "email=a%40test.doorstep.invalid&email=b%40test.doorstep.invalid&password=x&password=y");

        assertEquals(200, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("Enter your email address"), empty.body());
        assertTrue(empty.body().contains("Enter your password"), empty.body());
        assertEquals(200, repeated.statusCode(), repeated.body());
        assertTrue(repeated.body().contains("value=\"a@test.doorstep.invalid\""), "the first of each: " + repeated.body());
    }

    @Test
    void anEmailLongerThanAnyAddressIsRefusedWithoutBeingEchoedBack() throws Exception {
        String huge = "a".repeat(100_000) + "@test.doorstep.invalid";

        HttpResponse<String> response = browser.signIn(huge, EmulatorUsers.PASSWORD);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Enter an email address of 254 characters or fewer"), response.body());
        assertFalse(response.body().contains("a".repeat(300)), "not echoed back");
        assertTrue(response.body().length() < 50_000, "a page, not the request again: " + response.body().length());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAndNoSession() throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        HttpResponse<String> response = browser.signIn(triager.email(), "not-the-password");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(response.body().contains("<title>Error: Sign in – Doorstep MASH</title>"), response.body());
        assertTrue(response.body().contains("govuk-error-summary"));
        assertTrue(response.body().contains("<a href=\"#email\">Enter the email address and password of your Doorstep account</a>"));
        assertTrue(response.body().contains("id=\"email-error\""));
        assertFalse(response.body().contains("not-the-password"), "the password is never echoed");
    }

    @Test
    void aPageWithoutAValidSessionSendsTheBrowserToSignIn() throws Exception {
        assertEquals("/console/sign-in", browser.get("/console/queue", null).headers().firstValue("Location").orElseThrow());
        HttpResponse<String> forged = browser.get("/console/queue", "forged-cookie-value");
        assertEquals(303, forged.statusCode());
        assertEquals("/console/sign-in", forged.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void signOutWithoutTheFormTokenIsRefusedAndWithItEndsTheSession() throws Exception {
        String session = browser.sessionOf(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"));
        String token = ConsoleBrowser.formToken(browser.get("/console/queue", session).body());

        HttpResponse<String> forged = browser.post("/console/sign-out", session, "csrfToken=" + "x".repeat(43));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("This form has expired"));
        assertEquals(200, browser.get("/console/queue", session).statusCode(), "a refused sign-out leaves the session alone");

        HttpResponse<String> signedOut = browser.post("/console/sign-out", session, "csrfToken=" + token);
        assertEquals(303, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(303, browser.get("/console/queue", session).statusCode(), "the revoked session cookie is refused");
    }

    @Test
    void aSessionBegunInTheSameSecondAsASignOutEndsWithIt() throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        String mine = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/queue", mine).body());
        String another = browser.sessionOf(triager);

        browser.post("/console/sign-out", mine, "csrfToken=" + token);

        assertEquals(303, browser.get("/console/queue", another).statusCode(),
                "Firebase counts revocation in whole seconds; a session made just before sign-out must not outlive it");
    }

    @Test
    void aFormABrowserSaysCameFromAnotherSiteIsRefusedBeforeAnythingIsDone() throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        String session = browser.sessionOf(triager);
        String token = ConsoleBrowser.formToken(browser.get("/console/queue", session).body());
        String signIn = "email=" + triager.email() + "&password=" + EmulatorUsers.PASSWORD;

        // Another site on this machine: Micronaut itself refuses other origins only for a server on localhost.
        HttpResponse<String> fromElsewhere = browser.post("/console/sign-out", session, "csrfToken=" + token,
                "Origin", "http://127.0.0.1:1");
        HttpResponse<String> crossSite = browser.post("/console/sign-in", null, signIn, "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> ownPage = browser.post("/console/sign-in", null, signIn,
                "Origin", server.getURL().getProtocol() + "://" + server.getURL().getAuthority(), "Sec-Fetch-Site", "same-origin");

        assertEquals(403, fromElsewhere.statusCode());
        assertTrue(fromElsewhere.body().contains("This form was not sent from Doorstep"), fromElsewhere.body());
        assertEquals(200, browser.get("/console/queue", session).statusCode(), "the refused sign-out changed nothing");
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.headers().firstValue("Set-Cookie").isEmpty(), "no session for a cross-site sign-in");
        assertEquals(303, ownPage.statusCode(), "the console's own page signs in as before");
    }

    @Test
    void aPageAllowsInlineScriptOnlyWithItsOwnNonce() throws Exception {
        HttpResponse<String> page = browser.get("/console/sign-in", null);

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("<script nonce=\"" + nonce.group(1) + "\">"), page.body());
        assertFalse(browser.get("/console/sign-in", null).headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains(nonce.group(1)), "a fresh nonce per response");
        assertEquals(200, browser.get("/console/assets/govuk-frontend.min.css", null).statusCode());
    }
}
