package doorstep.console;

import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.LateAndNearContacts;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager view in the console: breaches first, then near-breaches, each linking to its contact,
 * then the backlog; for MASH managers only, naming no child, and audited as the API's read is.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOversightTest extends ApiTest implements WithSettableClock {

    @Inject
    EmbeddedServer server;

    @Inject
    SettableClock clock;

    @Inject
    DataSource dataSource;

    private ConsoleBrowser browser;
    private SignedIn manager;
    private SignedIn triager;
    private UUID breached;
    private UUID near;


    /** Given one contact near its deadline and one from health eight days past it, the view computed from the times, as the API's is. */
    @BeforeAll
    void setUp() {
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        LateAndNearContacts contacts = LateAndNearContacts.referred(api, clock, triager, "Philippa", "Ottoline");
        near = contacts.near();
        breached = contacts.breached();
    }

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
    }

    @Test
    void aManagerSeesTheBreachFirstThenTheNearBreachEachLinkingToItsContact() throws Exception {
        String page = browser.get("/console/oversight", browser.sessionOf(manager)).body();

        assertTrue(page.contains("<title>Manager view – Doorstep MASH</title>"), page);
        int breach = page.indexOf("/console/contacts/" + breached + "?from=oversight");
        int nearBreach = page.indexOf("/console/contacts/" + near + "?from=oversight");
        assertTrue(breach > 0 && nearBreach > 0, page);
        assertTrue(page.indexOf("Past their deadline") < breach && breach < page.indexOf("Nearly at their deadline")
                && page.indexOf("Nearly at their deadline") < nearBreach, "breaches first, then near-breaches");
        assertTrue(page.substring(breach).startsWith("/console/contacts/" + breached + "?from=oversight\">Domestic abuse incident"));
        String breachRow = page.substring(page.lastIndexOf("<tr", breach), page.indexOf("</tr>", breach));
        assertTrue(breachRow.contains("overdue by "), breachRow);
        assertTrue(breachRow.contains("from Health, received "), "the referring agency, in words");
        assertTrue(page.substring(page.lastIndexOf("<tr", nearBreach), nearBreach).contains(" left"));
    }

    @Test
    void eachContactLinkSaysWhichContactItOpens() throws Exception {
        String page = browser.get("/console/oversight", browser.sessionOf(manager)).body();

        Matcher links = Pattern.compile("<a class=\"govuk-link\" href=\"/console/contacts/[^\"]+\">(.*?)</a>").matcher(page);
        List<String> texts = links.results().map(link -> link.group(1)).toList();
        assertEquals(2, texts.size(), page);
        assertEquals(texts.size(), texts.stream().distinct().count(), "link text unique per row: " + texts);
    }

    @Test
    void theBacklogIsCountedByAgeAndByReferringAgency() throws Exception {
        String page = browser.get("/console/oversight", browser.sessionOf(manager)).body();

        assertTrue(page.contains("2 contacts are waiting for a decision."), page);
        String byAge = page.substring(page.indexOf("id=\"backlog-by-age\""), page.indexOf("id=\"backlog-by-agency\""));
        assertTrue(byAge.contains("7 to 30 days</th>\n          <td class=\"govuk-table__cell govuk-table__cell--numeric\">1<"), byAge);
        String byAgency = page.substring(page.indexOf("id=\"backlog-by-agency\""));
        assertTrue(byAgency.contains("Health</th>") && byAgency.contains("Police</th>"), byAgency);
    }

    @Test
    void theManagerViewIsInTheNavigationForManagersOnly() throws Exception {
        String managersQueue = browser.get("/console/queue", browser.sessionOf(manager)).body();
        String triagersQueue = browser.get("/console/queue", browser.sessionOf(triager)).body();

        assertTrue(managersQueue.contains("href=\"/console/oversight\">Manager view</a>"), managersQueue);
        assertFalse(triagersQueue.contains("/console/oversight"), triagersQueue);
    }

    @Test
    void aTriagerIsToldInPlainWordsThatTheManagerViewIsForManagers() throws Exception {
        HttpResponse<String> refused = browser.get("/console/oversight", browser.sessionOf(triager));

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("The manager view is for MASH managers."), refused.body());
        assertFalse(refused.body().contains(breached.toString()), "nothing of the oversight shown");
    }

    @Test
    void theViewNamesNoChildAndItsReadingIsAudited() throws Exception {
        long before = audited();

        String page = browser.get("/console/oversight", browser.sessionOf(manager)).body();

        for (String name : List.of("Philippa", "Ottoline", "Smith", Captures.CHILD_WORDS)) {
            assertFalse(page.contains(name), name);
        }
        assertEquals(before + 1, audited());
    }

    private long audited() {
        return new StoredRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oversight.read'"
                + " AND actor_uid = ?", manager.uid());
    }
}
