package doorstep.console.browser;

import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.PossibleMatches;
import doorstep.testing.Referrer;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front door end to end, as its people use it: an officer's phone refers, a triager works the
 * contact in the console by keyboard alone (sign in, open it from the queue, claim, decide with an
 * action), the outcome reaches the officer's phone, a manager sees a contact nobody reached in time,
 * and reviews a possible match. Every page on the way is checked at both widths.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "doorstep.people.confident-weight", value = "1000")
@Property(name = "doorstep.people.possible-weight", value = "0")
class FrontDoorJourneyBrowserTest extends BrowserTest implements WithSettableClock {

    @Inject
    SettableClock clock;


    @Test
    void aContactGoesFromThePhoneThroughTheConsoleAndItsOutcomeBackToThePhone() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer officer = Referrer.policeOfficer(api, TENANT);
        UUID submission = officer.refer(Captures.incident("Zebedee", LocalDate.now().minusYears(4), 3));
        UUID contact = Referrer.contactFor(api, triager, submission).getContactId();

        SignInPage signIn = SignInPage.open(chromium);
        signIn.tabTo("email");
        signIn.typeThrough(triager.email(), Keys.TAB, EmulatorUsers.PASSWORD, Keys.ENTER);
        QueuePage queue = QueuePage.shown(chromium);
        queue.check("journey-queue");

        queue.tabTo("/console/contacts/" + contact + "?from=queue");
        queue.typeThrough(Keys.ENTER);
        ContactPage page = ContactPage.shown(chromium);
        assertEquals("/console/contacts/" + contact + "?from=queue", chromium.path());
        page.tabTo("Claim this contact");
        page.typeThrough(Keys.ENTER);
        ContactPage claimed = ContactPage.shown(chromium);
        assertEquals("You", claimed.summary("Claimed by"));
        claimed.check("journey-contact-claimed");

        claimed.tabTo("Record a decision");
        claimed.typeThrough(Keys.ENTER);
        DecisionFormPage form = DecisionFormPage.shown(chromium);
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")).plusDays(7);
        form.tabTo("outcome");
        form.type(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        form.tabTo("rationale");
        form.type("Three children at home during a high-risk incident: a child in need assessment will say what help they need.");
        form.tabTo("actions-0-what");
        form.type("Allocate a social worker");
        form.tabTo("actions-0-owner");
        form.type("You");
        form.tabTo("actions-0-due-day");
        form.type(String.valueOf(due.getDayOfMonth()), Keys.TAB, String.valueOf(due.getMonthValue()), Keys.TAB,
                String.valueOf(due.getYear()));
        form.check("journey-decision-filled");
        form.tabTo("Record decision");
        form.typeThrough(Keys.ENTER);
        QueuePage decided = QueuePage.shown(chromium);
        assertEquals("/console/queue?done=decided", chromium.path());

        FeedPage feed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + officer.device().getDeviceId()),
                officer.officer(), FeedPage.class);
        assertTrue(feed.getEntries().stream().map(FeedEntry::getOutcome).anyMatch(outcome -> outcome != null
                && outcome.getSubmissionId().equals(submission)
                && outcome.getOutcome() == Outcome.SECTION_17_ASSESSMENT), feed.toString());
        decided.signOut();
    }

    @Test
    void aManagerSeesAContactNobodyReachedInTimeAndReviewsAPossibleMatch() {
        SignedIn manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        Instant start = clock.instant();
        try {
            managerAfterAWeek(manager);
        } finally {
            clock.set(start);
        }
    }

    private void managerAfterAWeek(SignedIn manager) {
        Referrer officer = Referrer.policeOfficer(api, TENANT);
        UUID late = Referrer.contactFor(api, manager, officer.refer(Captures.incident("Philippa",
                LocalDate.of(2019, 3, 4), 2).occurredAt(clock.instant().minus(Duration.ofHours(1))
                .atOffset(ZoneOffset.UTC)))).getContactId();
        clock.set(clock.instant().plus(Duration.ofDays(8)));
        UUID review = PossibleMatches.between(api, manager, officer, "Zuzanna", "Zuzana", LocalDate.of(2018, 4, 23));

        SignInPage.open(chromium).signInAs(manager.email(), EmulatorUsers.PASSWORD);
        ManagerViewPage view = ManagerViewPage.fromNavigation(chromium);
        assertTrue(view.contactLinks("breaches").stream().anyMatch(link -> link.endsWith("/console/contacts/" + late
                + "?from=oversight")), view.breaches().toString());
        view.check("journey-manager-view");

        PossibleMatchPage match = PossibleMatchesPage.fromNavigation(chromium).open(review.toString());
        PossibleMatchPage decided = match.decide("Different people", "Different children: the school knows both.");
        assertTrue(decided.outcome().startsWith("Decided: different people."), decided.outcome());
        decided.check("journey-match-decided");
    }
}
