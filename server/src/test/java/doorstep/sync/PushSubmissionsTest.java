package doorstep.sync;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.Decisions;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushSubmissionsTest extends ApiTest {

    SignedIn officer;
    SignedIn triager;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        device = api.enrol(officer);
    }

    @Test
    void acceptedIncidentWithAChildIsQueuedOnceWithADeadline() {
        UUID id = UUID.randomUUID();
        Submission item = seal(firstIncidentAboutItsChild(), id);

        SubmissionResult first = push(item);
        SubmissionResult again = push(item);

        assertEquals(SubmissionStatus.ACCEPTED, first.getStatus());
        assertEquals(SubmissionStatus.DUPLICATE, again.getStatus());
        assertEquals(first.getReceiptId(), again.getReceiptId());
        List<ContactSummary> queued = queue().stream().filter(c -> c.getSubmissionId().equals(id)).toList();
        assertEquals(1, queued.size());
        assertEquals(Rag.GREEN, queued.get(0).getRag());
        assertTrue(queued.get(0).getDueAt().isAfter(queued.get(0).getReceivedAt()));
    }

    @Test
    void incidentSealedWithoutItsKindByAnOlderAppIsAcceptedAsTheKindItsItemDeclares() {
        UUID id = UUID.randomUUID();
        Submission sealedBeforeKindsWereSealed = seal(firstIncidentAboutItsChild().kind(null), id);

        SubmissionResult result = push(sealedBeforeKindsWereSealed);

        assertEquals(SubmissionStatus.ACCEPTED, result.getStatus());
        assertEquals(Rag.GREEN, contactFor(id).getRag());
    }

    @Test
    void sameIdWithDifferentBytesIsAConflictAndTheFirstStands() {
        UUID id = UUID.randomUUID();
        push(seal(Captures.incident(), id));

        SubmissionResult second = push(seal(Captures.incident("Bella", LocalDate.now().minusYears(2), 1), id));

        assertEquals(SubmissionStatus.CONFLICT, second.getStatus());
        assertEquals("/problems/submission-conflict", second.getProblem().getType());
        ContactSummary contact = queue().stream().filter(c -> c.getSubmissionId().equals(id)).findFirst().orElseThrow();
        ContactDetail detail = api.call(HttpRequest.GET("/v1/mash/contacts/" + contact.getContactId()), triager,
                ContactDetail.class);
        assertEquals("Amy", detail.getChildren().get(0).getName().getGivenName());
    }

    @Test
    void highDashRiskOrABabyMakesTheContactRed() {
        UUID highRisk = UUID.randomUUID();
        UUID baby = UUID.randomUUID();
        push(seal(Captures.incident("Cara", LocalDate.now().minusYears(7), 15), highRisk));
        push(seal(Captures.incident("Dan", LocalDate.now().minusMonths(4), 0), baby));

        assertEquals(Rag.RED, contactFor(highRisk).getRag());
        assertEquals(Rag.RED, contactFor(baby).getRag());
    }

    @Test
    void triagersDecisionReachesTheReferrersFeed() {
        UUID id = UUID.randomUUID();
        push(seal(Captures.incident(), id));
        ContactSummary contact = contactFor(id);

        api.call(HttpRequest.POST("/v1/mash/contacts/" + contact.getContactId() + "/claim", ""), triager,
                ContactSummary.class);
        ContactSummary decided = api.call(HttpRequest.POST("/v1/mash/contacts/" + contact.getContactId() + "/decision",
                        Decisions.withAction(Outcome.EARLY_HELP, "Family agrees to early help; no immediate risk.")),
                triager, ContactSummary.class);
        FeedPage feed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId()), officer, FeedPage.class);

        assertEquals(Outcome.EARLY_HELP, decided.getOutcome());
        assertTrue(feed.getEntries().stream().anyMatch(e -> e.getOutcome() != null
                && e.getOutcome().getSubmissionId().equals(id) && e.getOutcome().getOutcome() == Outcome.EARLY_HELP));
        assertFalse(feed.getHasMore());
        assertNotNull(feed.getNextCursor());
    }

    private Submission seal(Object capture, UUID id) {
        return Captures.sealed(capture, device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
    }

    private SubmissionResult push(Submission item) {
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(device.getDeviceId(), List.of(item))),
                officer, SubmissionResults.class).getResults().get(0);
    }

    private List<ContactSummary> queue() {
        return api.call(HttpRequest.GET("/v1/mash/contacts"), triager, ContactQueue.class).getContacts();
    }

    private ContactSummary contactFor(UUID submissionId) {
        return queue().stream().filter(c -> c.getSubmissionId().equals(submissionId)).findFirst().orElseThrow();
    }

    /** A standard-risk incident about a child no earlier test sent, so no repeat-contact rule raises it. */
    private static DomesticAbuseIncident firstIncidentAboutItsChild() {
        return Captures.incidentAbout(UUID.randomUUID().toString(), LocalDate.now().minusYears(6), 3);
    }
}
