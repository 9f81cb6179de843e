package doorstep.console;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.PersonLink;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.Visits;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each section of the contact page shows, for each kind of capture and for a family the MASH knows. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleContactSectionsTest extends ApiTest {

    private static final String RUN = UUID.randomUUID().toString();

    @Inject
    EmbeddedServer server;

    private ConsoleBrowser browser;
    private SignedIn triager;
    private String session;

    @BeforeEach
    void signIn() throws Exception {
        browser = new ConsoleBrowser(server.getURL());
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        session = browser.sessionOf(triager);
    }

    @Test
    void aThirdContactAboutAFamilyWarnsOfRepeatContactsLinksTheEarlierOnesAndShowsTheAdultsRisks() throws Exception {
        Referrer officer = Referrer.policeOfficer(api, TENANT);
        LocalDate born = LocalDate.now().minusYears(7);
        UUID first = Referrer.contactFor(api, triager, officer.refer(Captures.incidentAbout("repeat-" + RUN, born, 0))).getContactId();
        UUID second = Referrer.contactFor(api, triager, officer.refer(Captures.incidentAbout("repeat-" + RUN, born, 0))).getContactId();
        UUID third = Referrer.contactFor(api, triager, officer.refer(Captures.incidentAbout("repeat-" + RUN, born, 0))).getContactId();
        ContactDetail detail = api.call(HttpRequest.GET("/v1/mash/contacts/" + third), triager, ContactDetail.class);
        PersonLink adult = detail.getChildNetworks().get(0).getLinks().get(0);
        api.call(HttpRequest.POST("/v1/people/" + adult.getPerson().getPersonId() + "/risk-markers",
                new RiskMarkerRequest(RiskMarkerKind.WEAPONS, "West Midlands Police", LocalDate.of(2026, 9, 1))),
                triager, String.class);

        String page = browser.get("/console/contacts/" + third + "?from=queue", session).body();

        String history = page.substring(page.indexOf("Contact history"));
        String network = page.substring(page.indexOf("Each child's network"), page.indexOf("Contact history"));
        assertTrue(history.contains("govuk-warning-text"), history);
        assertTrue(history.contains("Repeat contacts: 3 contacts about these children in the last 12 months."), history);
        assertTrue(history.contains("href=\"/console/contacts/" + first + "?from=contact\""), history);
        assertTrue(history.contains("href=\"/console/contacts/" + second + "?from=contact\""), history);
        assertTrue(network.contains(adult.getPerson().getName().getGivenName()), network);
        assertTrue(network.contains("Weapons (West Midlands Police, recorded 1 September 2026)"), network);
        assertEquals(2, count(network, "Domestic abuse incident, "), "the adult's two earlier incidents, not this one: "
                + network);
    }

    @Test
    void aFirstContactSaysSoWithoutAWarning() throws Exception {
        UUID contactId = Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incidentAbout("first-" + RUN, LocalDate.now().minusYears(3), 0))).getContactId();

        String page = browser.get("/console/contacts/" + contactId + "?from=queue", session).body();

        assertTrue(page.contains("1 contact about these children in the last 12 months."), page);
        assertFalse(page.contains("govuk-warning-text"), "no repeat-contact warning for a first contact");
        assertTrue(page.contains("No earlier contacts about these children."), page);
    }

    @Test
    void anEarlyHelpVisitShowsTheChildSeenAloneAndTheWorkersAnalysis() throws Exception {
        Referrer worker = Visits.earlyHelpWorker(api, TENANT);
        UUID contactId = Referrer.contactFor(api, triager, Visits.send(worker,
                Visits.visit("Visitchild", LocalDate.now().minusYears(6), true))).getContactId();

        String page = browser.get("/console/contacts/" + contactId + "?from=queue", session).body();

        String voices = page.substring(page.indexOf("The children's voices"), page.indexOf("What happened"));
        assertTrue(voices.contains(Visits.CHILD_WORDS), voices);
        assertTrue(voices.contains("Seen alone"), voices);
        assertTrue(voices.contains("6 years old"), voices);
        String happened = page.substring(page.indexOf("What happened"));
        assertTrue(happened.contains("What is working well"), happened);
        assertTrue(happened.contains("Family group conference (Early help team, by "), happened);
    }

    @Test
    void aReturnHomeInterviewShowsTheChildsWordsThenWhereTheyWereAndWhoWith() throws Exception {
        SignedIn police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner",
                "return-home-interviewer");
        UUID taskId = UUID.randomUUID();
        Returns.send(api, police, api.enrol(police), Returns.CHILD_RETURNED, Returns.childReturned(), taskId);
        UUID interviewId = UUID.randomUUID();
        Returns.send(api, interviewer, api.enrol(interviewer), Returns.INTERVIEW, Returns.interview(taskId, 3), interviewId);
        UUID contactId = Referrer.contactFor(api, triager, interviewId).getContactId();

        String page = browser.get("/console/contacts/" + contactId + "?from=queue", session).body();

        int words = page.indexOf(Returns.CHILD_WORDS);
        int whereabouts = page.indexOf("A flat above the shops on the Parade");
        assertTrue(words > 0 && whereabouts > words, page);
        assertTrue(page.contains("Kayla Jones"), "the child's name on the page");
        assertTrue(page.contains("Dean Carver: person posing risk"), page);
        assertTrue(page.contains("3 answered yes"), page);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
