package doorstep.console.browser;

import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, the queue and sign-out in a real browser, by mouse and by keyboard alone. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSignInBrowserTest extends BrowserTest {

    @Test
    void aTriagerSignsInThroughTheFormAndSeesTheQueue() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incident("Zebedee", LocalDate.now().minusYears(4), 3)));
        SignInPage signIn = SignInPage.open(chromium);
        signIn.check("sign-in");

        QueuePage queue = signIn.signInAs(triager.email(), EmulatorUsers.PASSWORD);

        queue.check("queue");
        assertEquals("/console/queue", chromium.path());
        assertTrue(queue.rows().stream().anyMatch(row -> row.contains("Domestic abuse incident")), queue.rows().toString());
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryWithTheFocusOnIt() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        SignInPage refused = SignInPage.open(chromium).signInRefused(triager.email(), "not-the-password");

        refused.check("sign-in-error");
        assertEquals(List.of("Enter the email address and password of your Doorstep account"), refused.errorSummaryLinks());
        assertTrue(refused.errorBy("email").endsWith("Enter the email address and password of your Doorstep account"));
        assertEquals(refused.errorSummary(), chromium.focused(), "a screen reader hears the problem first");
        assertEquals(triager.email(), refused.email().getAttribute("value"), "the email is kept");
        assertEquals("", refused.password().getAttribute("value"), "the password is not");
    }

    @Test
    void aGuesserHeldBackIsToldHowLongToWaitWithTheFocusOnTheSummary() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        for (int i = 0; i < 5; i++) {
            SignInPage.open(chromium).signInRefused(triager.email(), "not-the-password");
        }

        SignInPage held = SignInPage.open(chromium).signInRefused(triager.email(), EmulatorUsers.PASSWORD);

        held.check("sign-in-held-back");
        String tooMany = "You have tried to sign in too many times. Wait 15 minutes, then try again."
                + " If you have forgotten your password, ask your Doorstep administrator.";
        assertEquals(List.of(tooMany), held.errorSummaryLinks());
        assertTrue(held.errorBy("email").endsWith(tooMany));
        assertEquals(held.errorSummary(), chromium.focused(), "a screen reader hears the wait first");
        assertEquals(triager.email(), held.email().getAttribute("value"), "the email is kept");
        assertEquals("", held.password().getAttribute("value"), "the password is not");
    }

    @Test
    void signingOutReturnsToSignInAndTheQueueIsNoLongerShown() {
        SignedIn manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        QueuePage queue = SignInPage.open(chromium).signInAs(manager.email(), EmulatorUsers.PASSWORD);

        queue.signOut();
        chromium.open("/console/queue");

        SignInPage.shown(chromium);
        assertEquals("/console/sign-in", chromium.path());
    }

    @Test
    void aKeyboardAloneSignsInFromTheSkipLinkOnAndFiltersTheQueue() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        SignInPage signIn = SignInPage.open(chromium);

        assertEquals(List.of("Skip to main content", "Doorstep MASH", "email"), signIn.tabThrough(3));
        signIn.type(triager.email());
        assertEquals(List.of("password"), signIn.tabThrough(1));
        signIn.type(EmulatorUsers.PASSWORD, Keys.ENTER);
        QueuePage queue = QueuePage.shown(chromium);

        assertEquals(List.of("Skip to main content", "Doorstep MASH", "Queue", "Possible matches", "Sign out", "rag"), queue.tabThrough(6));
        queue.type("r");
        assertEquals(List.of("state"), queue.tabThrough(1));
        queue.type("c");
        assertEquals(List.of("Filter"), queue.tabThrough(1));
        queue.type(Keys.ENTER);

        QueuePage filtered = QueuePage.shown(chromium);
        assertEquals("/console/queue?rag=red&state=claimed", chromium.path());
        assertEquals("Red", filtered.priority().getFirstSelectedOption().getText());
        assertEquals("Claimed", filtered.state().getFirstSelectedOption().getText());
        filtered.check("queue-filtered");
    }
}
