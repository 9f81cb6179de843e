package doorstep.console;

import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleQueueTest extends ApiTest {

    @Inject
    EmbeddedServer server;

    private ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(server.getURL());
    }

    @Test
    void aTriagerSeesTheirOwnTenantsQueueOnlyAndNoChildsNameInIt() throws Exception {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incident("Zebedee", LocalDate.now().minusYears(4), 3)));
        String mine = browser.sessionOf(triager);
        String theirs = browser.sessionOf(EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager"));

        String myQueue = browser.get("/console/queue", mine).body();
        String theirQueue = browser.get("/console/queue", theirs).body();

        assertTrue(myQueue.contains("<title>Contacts by deadline – Doorstep MASH</title>"), myQueue);
        assertTrue(myQueue.contains("Domestic abuse incident"), myQueue);
        assertTrue(myQueue.contains(" left") || myQueue.contains("overdue by"), myQueue);
        assertFalse(myQueue.contains("Zebedee"), "no child's name on the queue, least of all in its title");
        assertTrue(theirQueue.contains("No contacts match."), theirQueue);
        assertFalse(theirQueue.contains("Domestic abuse incident"));
    }

    @Test
    void aUserWithoutAMashRoleIsToldSoInsteadOfSeeingTheQueue() throws Exception {
        String officer = browser.sessionOf(EmulatorUsers.signedIn(TENANT, "police", "practitioner"));

        var queue = browser.get("/console/queue", officer);
        var page = browser.get(queue.headers().firstValue("Location").orElseThrow(), officer);

        assertEquals(303, queue.statusCode());
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("You cannot use the MASH console"), page.body());
    }

    @Test
    void theQueueFiltersByRagAndStateWithAPlainGetForm() throws Exception {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        String session = browser.sessionOf(triager);

        String red = browser.get("/console/queue?rag=red&state=", session).body();
        String decided = browser.get("/console/queue?rag=&state=decided", session).body();

        assertTrue(red.contains("<option value=\"red\" selected>Red</option>"), red);
        assertFalse(red.contains("govuk-tag--orange"), "no amber contact under the red filter");
        assertTrue(decided.contains("<option value=\"decided\" selected>Decided</option>"), decided);
        assertFalse(decided.contains(">Waiting<"), "no waiting contact under the decided filter");
    }
}
