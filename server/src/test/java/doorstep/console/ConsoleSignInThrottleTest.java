package doorstep.console;

import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's sign-in holds back a password guesser without asking Firebase: five failures for an account,
 * or fifty from one address, in fifteen minutes. (Every request here comes from 127.0.0.1; SignInAttemptsTest
 * shows addresses kept apart.)
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSignInThrottleTest extends ApiTest implements WithSettableClock {

    private static final String TOO_MANY = "You have tried to sign in too many times. Wait 15 minutes, then try again."
            + " If you have forgotten your password, ask your Doorstep administrator.";

    @Inject
    EmbeddedServer server;

    @Inject
    SettableClock clock;

    private ConsoleBrowser browser;
    private SignedIn triager;


    /** Each test on a fresh window: the failures of the test before are older than fifteen minutes. */
    @BeforeEach
    void freshWindowAndTriager() {
        clock.advance(Duration.ofMinutes(15));
        browser = new ConsoleBrowser(server.getURL());
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTheTimeToWaitAndNoSession() throws Exception {
        failFiveTimes(triager.email());

        HttpResponse<String> refused = browser.signIn(triager.email(), EmulatorUsers.PASSWORD);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        String page = refused.body();
        assertTrue(page.contains("<title>Error: Sign in – Doorstep MASH</title>"), page);
        assertTrue(page.contains("<a href=\"#email\">" + TOO_MANY + "</a>"), "the error summary links to the email: " + page);
        assertTrue(page.contains("id=\"email-error\""), page);
        assertTrue(page.contains("<span class=\"govuk-visually-hidden\">Error:</span> " + TOO_MANY), page);
        assertTrue(page.contains("value=\"" + triager.email() + "\""), "the email typed is kept");
        assertFalse(page.contains(EmulatorUsers.PASSWORD), "the password is never echoed");
    }

    @Test
    void theWaitIsCountedDownInWholeMinutesAndOnceOverTheRightPasswordSignsIn() throws Exception {
        failFiveTimes(triager.email());

        clock.advance(Duration.ofMinutes(14).plusSeconds(1));
        assertTrue(browser.signIn(triager.email(), EmulatorUsers.PASSWORD).body().contains("Wait 1 minute, then try again."));
        clock.advance(Duration.ofSeconds(59));
        HttpResponse<String> signedIn = browser.signIn(triager.email(), EmulatorUsers.PASSWORD);

        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Set-Cookie").orElseThrow().startsWith(SessionGate.COOKIE + "="));
    }

    @Test
    void aSignInClearsTheAccountsFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            browser.signIn(triager.email(), "not-the-password");
        }
        assertEquals(303, browser.signIn(triager.email(), EmulatorUsers.PASSWORD).statusCode());

        for (int i = 0; i < 4; i++) {
            browser.signIn(triager.email(), "not-the-password");
        }
        HttpResponse<String> again = browser.signIn(triager.email(), EmulatorUsers.PASSWORD);

        assertEquals(303, again.statusCode(), "four failures since the last sign-in, not eight: " + again.body());
    }

    @Test
    void fiftyFailuresFromOneAddressAcrossDifferentEmailsHoldBackEveryAccountFromIt() throws Exception {
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> guess = browser.signIn("guess-" + UUID.randomUUID() + "@test.doorstep.invalid", "password-" + i);
            assertTrue(guess.body().contains(SignInWords.WRONG_DETAILS), "failure " + (i + 1) + " is a wrong guess");
        }

        HttpResponse<String> refused = browser.signIn(triager.email(), EmulatorUsers.PASSWORD);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        assertTrue(refused.body().contains(TOO_MANY), refused.body());
    }

    private void failFiveTimes(String email) throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.signIn(email, "not-the-password");
            assertTrue(wrong.body().contains(SignInWords.WRONG_DETAILS), "failure " + (i + 1) + " is a wrong password");
        }
    }
}
