package doorstep.console.browser;

import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.LateAndNearContacts;
import doorstep.testing.PossibleMatches;
import doorstep.testing.Referrer;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager sees a breach in the manager view; a triager reviews a match and merges; a manager undoes it. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "doorstep.people.confident-weight", value = "1000")
@Property(name = "doorstep.people.possible-weight", value = "0")
class ConsoleOversightBrowserTest extends BrowserTest implements WithSettableClock {

    @Inject
    SettableClock clock;

    private SignedIn manager;
    private SignedIn triager;
    private UUID breached;


    /** Given a contact near its deadline and one from health eight days past it. */
    @BeforeAll
    void setUp() {
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        breached = LateAndNearContacts.referred(api, clock, triager, "Philippa", "Philippa").breached();
    }

    @Test
    void aManagerSeesTheBreachFirstInTheManagerView() {
        QueuePage queue = SignInPage.open(chromium).signInAs(manager.email(), EmulatorUsers.PASSWORD);

        ManagerViewPage view = ManagerViewPage.fromNavigation(chromium);

        view.check("manager-view");
        assertEquals(List.of("Past their deadline (1)", "Nearly at their deadline (1)", "Overdue actions",
                "Late return home interviews", "Waiting for a decision"), view.sections());
        assertTrue(view.breaches().get(0).get(1).startsWith("overdue by "), view.breaches().toString());
        assertTrue(view.breaches().get(0).get(2).contains("from Health"), view.breaches().toString());
        assertTrue(view.contactLinks("breaches").get(0).endsWith("/console/contacts/" + breached + "?from=oversight"));
        assertTrue(view.nearBreaches().get(0).get(1).contains(" left"), view.nearBreaches().toString());
    }

    @Test
    void aTriagerMergesAPossibleMatchAndAManagerUndoesTheMerge() {
        UUID review = PossibleMatches.between(api, triager, Referrer.policeOfficer(api, TENANT), "Zuzanna", "Zuzana",
                LocalDate.of(2018, 4, 23));
        SignInPage.open(chromium).signInAs(triager.email(), EmulatorUsers.PASSWORD);
        PossibleMatchesPage matches = PossibleMatchesPage.fromNavigation(chromium);
        matches.check("possible-matches");
        assertFalse(matches.offersMergesToUndo(), "a triager cannot undo");

        PossibleMatchPage match = matches.open(review.toString());
        match.check("possible-match");
        assertEquals(List.of("Name", "Zuzana Smith", "Zuzanna Smith"), match.records().get(0));
        assertTrue(match.evidence().stream().anyMatch(line -> line.get(0).equals("Date of birth")
                && line.get(1).endsWith("strong evidence they are the same person")), match.evidence().toString());
        assertTrue(match.total().startsWith("The total weight is +"), match.total());

        PossibleMatchPage refused = match.decide(null, "");
        refused.check("possible-match-error");
        assertEquals(List.of("Select whether these are the same person or different people",
                "Enter why you decided this"), refused.errorSummaryLinks());
        PossibleMatchPage decided = refused.decide("The same person", "Same child: one letter mistyped.");
        assertTrue(decided.outcome().startsWith("Decided: the same person."), decided.outcome());

        chromium.forgetEverything();
        SignInPage.open(chromium).signInAs(manager.email(), EmulatorUsers.PASSWORD);
        PossibleMatchesPage managers = PossibleMatchesPage.fromNavigation(chromium);
        assertTrue(managers.offersMergesToUndo());
        UndoMergePage confirm = managers.open(review.toString()).undoMerge();
        confirm.check("undo-merge");
        UndoMergePage undone = confirm.undoBecause("Twins: the merge was wrong.");
        undone.check("merge-undone");
        assertTrue(undone.panel().startsWith("Merge undone"), undone.panel());
    }
}
