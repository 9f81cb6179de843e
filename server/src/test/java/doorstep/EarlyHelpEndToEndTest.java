package doorstep;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.EarlierContact;
import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonIncidents;
import doorstep.api.model.PersonLink;
import doorstep.api.model.PersonLinkRelationship;
import doorstep.api.model.Rag;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.simulator.EmulatorSignIn;
import doorstep.simulator.FlakyNetwork;
import doorstep.simulator.IncidentGenerator;
import doorstep.simulator.SimulatedDevice;
import doorstep.testing.ApiTest;
import doorstep.testing.AuthEmulator;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import doorstep.testing.Visits;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An early help visit on real parts, from a worker's phone with no signal to the MASH triager: an
 * escalated visit becomes one contact, a visit that is not escalated is stored and stays with early
 * help, and the triager sees the child's words, the family and the child's earlier contacts.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyHelpEndToEndTest extends ApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void escalatedVisitMadeOfflineReachesTheMashOnceAsAnAmberContact(@TempDir Path phoneStorage) throws Exception {
        UUID visit = sendFromAPhoneThatLosesTheFirstAnswer(Visits.visit(true), phoneStorage);

        assertEquals(1, visitRows(visit));
        List<ContactSummary> contacts = contactsFor(visit);
        assertEquals(1, contacts.size());
        assertEquals(CaptureKindName.EARLY_HELP_VISIT, contacts.get(0).getKind());
        assertEquals(Rag.AMBER, contacts.get(0).getRag());
        assertEquals("early-help", contacts.get(0).getReferrerAgency());
        assertTrue(contacts.get(0).getRagReasons().get(0).startsWith("Escalated by early help"));
        assertTrue(contacts.get(0).getRagReasons().stream().noneMatch(r -> r.contains("frightened")),
                "the worker's own reason is never stored in the clear with the contact");
    }

    @Test
    void visitNotEscalatedIsStoredOnceWithoutAContact(@TempDir Path phoneStorage) throws Exception {
        UUID visit = sendFromAPhoneThatLosesTheFirstAnswer(Visits.visit(false), phoneStorage);

        assertEquals(1, visitRows(visit));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact WHERE submission_id = ?", visit.toString()));
    }

    @Test
    void visitNamingAnImmediateRiskIsARedContact() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getEscalation().immediateRisk(true);

        UUID id = Visits.send(Visits.earlyHelpWorker(api, TENANT), visit);

        ContactSummary contact = Referrer.contactFor(api, triager, id);
        assertEquals(Rag.RED, contact.getRag());
        assertEquals(List.of("Immediate risk named by the early help worker"), contact.getRagReasons());
    }

    @Test
    void triagerSeesTheVisitWithTheChildsWordsFamilyAndEarlierIncident() {
        String nhsNumber = IncidentGenerator.madeUpNhsNumber(new Random());
        LocalDate dob = LocalDate.now().minusYears(7);
        DomesticAbuseIncident incident = Captures.incident("Ruby", dob, 3);
        incident.getChildren().get(0).nhsNumber(nhsNumber);
        UUID incidentId = Referrer.policeOfficer(api, TENANT).refer(incident);
        EarlyHelpVisit visit = Visits.visit("Ruby", dob, true);
        visit.getChildren().get(0).nhsNumber(nhsNumber);

        UUID visitId = Visits.send(Visits.earlyHelpWorker(api, TENANT), visit);
        ContactDetail detail = Referrer.openContact(api, triager, visitId);

        assertEquals(CaptureKindName.EARLY_HELP_VISIT, detail.getSummary().getKind());
        assertEquals(Visits.CHILD_WORDS, detail.getVisit().getChildren().get(0).getVoice().getOwnWords());
        assertEquals(Visits.ESCALATION_REASON, detail.getVisit().getEscalation().getReason());
        assertEquals(visit.getAnalysis().getWorriedAbout(), detail.getVisit().getAnalysis().getWorriedAbout());
        assertEquals(1, detail.getChildNetworks().size());
        assertEquals(nhsNumber.replace(" ", ""), detail.getChildNetworks().get(0).getPerson().getNhsNumber());
        List<PersonLink> parents = detail.getChildNetworks().get(0).getLinks().stream()
                .filter(link -> link.getRelationship() == PersonLinkRelationship.PARENT).toList();
        assertEquals(List.of("Jane", "John"), parents.stream().map(l -> l.getPerson().getName().getGivenName())
                .sorted().toList(), "the parents the worker named");
        UUID incidentContact = Referrer.contactFor(api, triager, incidentId).getContactId();
        assertEquals(List.of(incidentContact), detail.getEarlierContacts().stream().map(EarlierContact::getContactId)
                .toList());
        assertEquals(CaptureKindName.DOMESTIC_ABUSE_INCIDENT, detail.getEarlierContacts().get(0).getKind());
        assertEquals(List.of(), Referrer.openContact(api, triager, incidentId).getEarlierContacts(),
                "a later contact is not an earlier one");
    }

    @Test
    void visitShowsOnTheChildsTimelineAsAnEarlyHelpVisit() {
        UUID visitId = Visits.send(Visits.earlyHelpWorker(api, TENANT), Visits.visit("Poppy", LocalDate.now().minusYears(4), true));
        UUID child = Referrer.openContact(api, triager, visitId).getChildNetworks().get(0).getPerson().getPersonId();

        List<PersonIncident> timeline = api.call(HttpRequest.GET("/v1/people/" + child + "/incidents"), triager,
                PersonIncidents.class).getIncidents();

        PersonIncident entry = timeline.stream().filter(i -> i.getIncidentId().equals(visitId)).findFirst().orElseThrow();
        assertEquals(CaptureKindName.EARLY_HELP_VISIT, entry.getKind());
        assertEquals("seen", entry.getRole());
    }

    /** As EndToEndTest's phone: captured with no signal, restarted, then synced where the first answer is lost. */
    private UUID sendFromAPhoneThatLosesTheFirstAnswer(EarlyHelpVisit visit, Path phoneStorage) throws Exception {
        SignedIn worker = EmulatorUsers.signedIn(TENANT, "early-help", "practitioner");
        Map<UUID, List<SubmissionStatus>> answers = new ConcurrentHashMap<>();
        FlakyNetwork network = new FlakyNetwork(1, 0);
        SimulatedDevice phone = SimulatedDevice.on(network, phoneStorage, server.getURL().toString(),
                new EmulatorSignIn(AuthEmulator.host(), worker.email(), EmulatorUsers.PASSWORD, Clock.systemUTC()),
                (id, status) -> answers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(status));
        phone.enrol();
        network.goOffline();
        UUID id = phone.captureAndSeal(Visits.KIND, Visits.asThePhoneWritesIt(visit));
        phone.restart();
        network.goOnline();
        network.loseNextAnswer();
        phone.syncUntilSettled(Duration.ofSeconds(30));

        assertEquals(List.of(SubmissionStatus.DUPLICATE), answers.get(id),
                "the first answer was lost, so the phone only heard the retry's answer");
        assertTrue(phone.waiting().isEmpty());
        phone.close();
        return id;
    }

    private long visitRows(UUID visit) {
        return stored.count("SELECT COUNT(*) FROM eh_visit WHERE id = ?", visit.toString());
    }

    private List<ContactSummary> contactsFor(UUID visit) {
        return api.call(HttpRequest.GET("/v1/mash/contacts?limit=500"), triager, doorstep.api.model.ContactQueue.class)
                .getContacts().stream().filter(c -> c.getSubmissionId().equals(visit)).toList();
    }
}
