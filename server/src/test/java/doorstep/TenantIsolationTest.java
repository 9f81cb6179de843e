package doorstep;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.DeviceAction;
import doorstep.api.model.DeviceCommand;
import doorstep.api.model.DeviceCommandRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.RelationshipKind;
import doorstep.api.model.RelationshipRequest;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.Decisions;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another tenant's users meet our data as if it did not exist, on every endpoint that takes an
 * id (contacts, devices, feeds, people); and within a tenant, a referral's outcome reaches only the officer who made it.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn officer;
    Referrer referrer;
    SignedIn triager;
    SignedIn admin;
    Referrer otherReferrer;
    SignedIn otherTriager;
    SignedIn otherAdmin;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        referrer = Referrer.enrolled(api, officer);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        admin = EmulatorUsers.signedIn(TENANT, "social-care", "admin");
        otherReferrer = Referrer.policeOfficer(api, OTHER_TENANT);
        otherTriager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
        otherAdmin = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "admin");
    }

    @Test
    void otherTenantsQueueListsTheirContactsAndNeverOurs() {
        UUID ours = referrer.refer(Captures.incident());
        UUID theirs = otherReferrer.refer(Captures.incident());

        List<UUID> open = queueOf(otherTriager, "/v1/mash/contacts");
        List<UUID> queued = queueOf(otherTriager, "/v1/mash/contacts?state=queued");

        assertTrue(open.contains(theirs));
        assertFalse(open.contains(ours));
        assertTrue(queued.contains(theirs));
        assertFalse(queued.contains(ours));
    }

    @Test
    void otherTenantsTriagerCannotReadOurContact() {
        UUID contactId = ourContact();

        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/mash/contacts/" + contactId), otherTriager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
    }

    @Test
    void otherTenantsTriagerCannotReadOurChildsNetworkOrIncidents() {
        UUID child = ourChild();

        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/people/" + child + "/network"),
                otherTriager, 404).get("type"));
        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/people/" + child + "/incidents"),
                otherTriager, 404).get("type"));
    }

    @Test
    void otherTenantsTriagerCannotAddARiskMarkerOrARelationshipToOurChild() {
        UUID child = ourChild();
        UUID theirChild = Referrer.openContact(api, otherTriager, otherReferrer.refer(Captures.incident()))
                .getChildNetworks().get(0).getPerson().getPersonId();

        assertEquals("/problems/not-found", api.refusal(HttpRequest.POST("/v1/people/" + child + "/risk-markers",
                new RiskMarkerRequest(RiskMarkerKind.WEAPONS, "Police", LocalDate.of(2026, 9, 1))), otherTriager, 404)
                .get("type"));
        assertEquals("/problems/not-found", api.refusal(HttpRequest.POST("/v1/people/" + theirChild + "/relationships",
                new RelationshipRequest(child, RelationshipKind.SIBLING, "Same school.")), otherTriager, 404).get("type"));
        PersonNetwork after = api.call(HttpRequest.GET("/v1/people/" + child + "/network"), triager, PersonNetwork.class);
        assertEquals(List.of(), after.getRiskMarkers());
        assertTrue(after.getLinks().stream().noneMatch(link -> link.getPerson().getPersonId().equals(theirChild)));
    }

    @Test
    void otherTenantsTriagerCannotClaimOurContact() {
        UUID contactId = ourContact();

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""),
                otherTriager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        ContactSummary after = ourView(contactId);
        assertEquals(ContactState.QUEUED, after.getState());
        assertNull(after.getClaimedBy());
    }

    @Test
    void otherTenantsTriagerCannotDecideOurContact() {
        UUID contactId = ourContact();

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                        new DecisionRequest(Outcome.NO_FURTHER_ACTION, "Nothing for the MASH here, closing.")),
                otherTriager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        ContactSummary after = ourView(contactId);
        assertEquals(ContactState.QUEUED, after.getState());
        assertNull(after.getOutcome());
    }

    @Test
    void otherTenantsOfficerCannotPullOurDevicesFeed() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/feed?deviceId=" + referrer.device().getDeviceId()),
                otherReferrer.officer(), 404);

        assertEquals("/problems/not-found", problem.get("type"));
    }

    @Test
    void otherTenantsOfficerCannotPushWithOurDeviceId() {
        UUID id = UUID.randomUUID();
        var item = Captures.sealed(Captures.incident(), otherReferrer.device().getIntakeKey().getPublicKeyset(), id,
                referrer.device().getDeviceId());

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(referrer.device().getDeviceId(), List.of(item))), otherReferrer.officer(), 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertEquals(0, stored.rowsFor(id));
    }

    @Test
    void aDeviceIdEnrolledInOurTenantEnrolsInAnotherAsIfNeverSeen() {
        DeviceEnrolment ours = api.enrol(officer);
        SignedIn theirOfficer = EmulatorUsers.signedIn(OTHER_TENANT, "police", "practitioner");

        DeviceEnrolment theirs = api.call(HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(ours.getDeviceId(),
                DeviceEnrolmentRequestPlatform.SIMULATOR, "test")), theirOfficer, DeviceEnrolment.class);

        assertEquals(OTHER_TENANT, theirs.getTenantId());
        assertEquals(otherReferrer.device().getIntakeKey().getKeyId(), theirs.getIntakeKey().getKeyId());
        DeviceEnrolment oursAgain = api.call(HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(
                ours.getDeviceId(), DeviceEnrolmentRequestPlatform.SIMULATOR, "test")), officer, DeviceEnrolment.class);
        assertEquals(TENANT, oursAgain.getTenantId());
        assertEquals(ours.getEnrolledAt().truncatedTo(ChronoUnit.MICROS), oursAgain.getEnrolledAt(),
                "ours is the same enrolment, untouched");
        api.call(HttpRequest.POST("/v1/devices/" + ours.getDeviceId() + "/commands",
                new DeviceCommandRequest(DeviceAction.LOCK)), otherAdmin, DeviceCommand.class);
        assertTrue(feed(officer, ours).stream().noneMatch(e -> e.getKind() == FeedEntryKind.DEVICE_COMMAND),
                "their command reaches their device, never ours");
        assertTrue(feed(theirOfficer, theirs).stream().anyMatch(e -> e.getKind() == FeedEntryKind.DEVICE_COMMAND));
    }

    @Test
    void aSubmissionIdUsedInOurTenantIsAcceptedInAnotherAsIfNeverSeen() {
        UUID id = referrer.refer(Captures.incident().narrative("Ours: a neighbour heard shouting."));

        SubmissionResult theirs = push(otherReferrer, id, Captures.incident().narrative("Theirs: a call from school."));

        assertEquals(SubmissionStatus.ACCEPTED, theirs.getStatus());
        assertEquals("Ours: a neighbour heard shouting.",
                Referrer.openContact(api, triager, id).getIncident().getNarrative());
        assertEquals("Theirs: a call from school.",
                Referrer.openContact(api, otherTriager, id).getIncident().getNarrative());
        assertEquals(SubmissionStatus.CONFLICT, push(referrer, id, Captures.incident()).getStatus(),
                "within a tenant, a second capture with a used id is still refused");
    }

    @Test
    void otherTenantsAdminCannotCommandOurDevice() {
        DeviceEnrolment device = api.enrol(officer);

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/devices/" + device.getDeviceId() + "/commands",
                new DeviceCommandRequest(DeviceAction.WIPE)), otherAdmin, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertTrue(feed(officer, device).stream().noneMatch(e -> e.getKind() == FeedEntryKind.DEVICE_COMMAND));
    }

    @Test
    void ourAdminsCommandReachesOurDevice() {
        DeviceEnrolment device = api.enrol(officer);

        DeviceCommand command = api.call(HttpRequest.POST("/v1/devices/" + device.getDeviceId() + "/commands",
                new DeviceCommandRequest(DeviceAction.LOCK)), admin, DeviceCommand.class);

        assertTrue(feed(officer, device).stream().anyMatch(e -> e.getKind() == FeedEntryKind.DEVICE_COMMAND
                && e.getCommand().getCommandId().equals(command.getCommandId())
                && e.getCommand().getAction() == DeviceAction.LOCK));
    }

    @Test
    void outcomeOfOneOfficersReferralNeverReachesAnotherOfficersFeed() {
        Referrer colleague = Referrer.policeOfficer(api, TENANT);
        UUID submissionId = referrer.refer(Captures.incident());
        UUID contactId = Referrer.contactFor(api, triager, submissionId).getContactId();

        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(Outcome.EARLY_HELP, "Family agrees to early help; no immediate risk.")),
                triager, ContactSummary.class);

        assertTrue(feed(officer, referrer.device()).stream().anyMatch(e -> isOutcomeOf(e, submissionId)));
        assertTrue(feed(colleague.officer(), colleague.device()).stream().noneMatch(e -> isOutcomeOf(e, submissionId)));
    }

    private SubmissionResult push(Referrer from, UUID id, Object capture) {
        var item = Captures.sealed(capture, from.device().getIntakeKey().getPublicKeyset(), id,
                from.device().getDeviceId());
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(from.device().getDeviceId(),
                List.of(item))), from.officer(), SubmissionResults.class).getResults().get(0);
    }

    private UUID ourChild() {
        return Referrer.openContact(api, triager, referrer.refer(Captures.incident())).getChildNetworks().get(0)
                .getPerson().getPersonId();
    }

    private UUID ourContact() {
        return Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
    }

    private ContactSummary ourView(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class).getSummary();
    }

    private List<UUID> queueOf(SignedIn user, String uri) {
        return api.call(HttpRequest.GET(uri), user, ContactQueue.class).getContacts().stream()
                .map(ContactSummary::getSubmissionId).toList();
    }

    private List<FeedEntry> feed(SignedIn user, DeviceEnrolment device) {
        return api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + device.getDeviceId()), user, FeedPage.class)
                .getEntries();
    }

    private static boolean isOutcomeOf(FeedEntry entry, UUID submissionId) {
        return entry.getOutcome() != null && entry.getOutcome().getSubmissionId().equals(submissionId);
    }
}
