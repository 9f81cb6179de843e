package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;
import doorstep.api.model.RatedBy;
import doorstep.api.model.RatingChange;
import doorstep.api.model.RatingChangeRequest;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A triager or manager changes a contact's rating with a reason: the deadline runs again from
 * receipt, the change is kept with its reason sealed and audited, and out-of-turn changes are refused
 * leaving the contact as it was.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingChangeTest extends ApiTest {

    private static final String REASON = "Robin told school staff he is scared to go home tonight.";

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer officer;
    SignedIn triager;
    SignedIn manager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        officer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
    }

    @Test
    void aTriagerRaisesAGreenContactToRedAndItsDeadlineRunsFromReceipt() {
        ContactSummary before = greenContact();

        ContactSummary after = api.call(change(before.getContactId(), Rag.RED, REASON), triager, ContactSummary.class);

        assertEquals(Rag.RED, after.getRag());
        assertEquals(RatedBy.PERSON, after.getRatedBy());
        assertEquals(List.of("person"), after.getRatingReasons().stream().map(r -> r.getRule()).toList());
        assertEquals(WorkingDayCalendar.englandAndWales().addWorkingHours(before.getReceivedAt().toInstant(),
                Duration.ofHours(4)), after.getDueAt().toInstant());
        assertEquals(before.getReceivedAt().toInstant(), after.getReceivedAt().toInstant());
    }

    @Test
    void theContactListsEachChangeWithWhoWhenFromToAndWhy() {
        UUID contactId = greenContact().getContactId();
        api.call(change(contactId, Rag.AMBER, REASON), triager, ContactSummary.class);

        api.call(change(contactId, Rag.RED, "Second disclosure at school this afternoon."), manager, ContactSummary.class);

        List<RatingChange> changes = read(contactId).getRatingChanges();
        assertEquals(List.of(Rag.GREEN, Rag.AMBER), changes.stream().map(RatingChange::getFrom).toList());
        assertEquals(List.of(Rag.AMBER, Rag.RED), changes.stream().map(RatingChange::getTo).toList());
        assertEquals(List.of(triager.uid(), manager.uid()), changes.stream().map(RatingChange::getChangedBy).toList());
        assertEquals(REASON, changes.get(0).getReason());
        assertFalse(changes.get(1).getChangedAt().isBefore(changes.get(0).getChangedAt()));
    }

    @Test
    void theReasonIsStoredSealedAndTheChangeIsAudited() {
        UUID contactId = greenContact().getContactId();

        api.call(change(contactId, Rag.RED, REASON), triager, ContactSummary.class);

        byte[] stored = this.stored.bytes("SELECT reason_ct FROM contact_rating_change WHERE contact_id = ?",
                contactId.toString());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("scared"));
        assertEquals(0, this.stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND rag_reasons LIKE '%scared%'",
                contactId.toString()));
        assertEquals(1, this.stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.rating-changed' "
                + "AND record_id = ? AND actor_uid = ?", contactId.toString(), triager.uid()));
    }

    @Test
    void theSameRatingAgainIsRefusedAndNothingIsKept() {
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.GREEN, REASON), triager, 409);

        assertEquals("/problems/rating-unchanged", problem.get("type"));
        assertUnchanged(contactId);
    }

    @Test
    void anEmptyReasonIsRefusedNamingTheReason() {
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, ""), triager, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("reason"), Api.violatedFields(problem));
        assertUnchanged(contactId);
    }

    @Test
    void aBlankReasonIsRefusedNamingTheReason() {
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, "   "), triager, 400);

        assertEquals(List.of("reason"), Api.violatedFields(problem));
        assertUnchanged(contactId);
    }

    @Test
    void aReasonOver2000CharactersIsRefused() {
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, "x".repeat(2001)), triager, 400);

        assertEquals(List.of("reason"), Api.violatedFields(problem));
        assertUnchanged(contactId);
    }

    @Test
    void aDecidedContactKeepsTheRatingItWasDecidedAt() {
        UUID contactId = greenContact().getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.NO_FURTHER_ACTION, "No concerns for the child beyond this one incident.")),
                triager, ContactSummary.class);

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, REASON), triager, 409);

        assertEquals("/problems/contact-decided", problem.get("type"));
        assertUnchanged(contactId);
    }

    @Test
    void aPractitionerCannotChangeARating() {
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, REASON), officer.officer(), 403);

        assertEquals("/problems/forbidden", problem.get("type"));
        assertUnchanged(contactId);
    }

    @Test
    void anotherTenantsTriagerMeetsOurContactAsIfItDidNotExist() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn otherTriager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
        UUID contactId = greenContact().getContactId();

        Map<String, Object> problem = api.refusal(change(contactId, Rag.RED, REASON), otherTriager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertUnchanged(contactId);
    }

    private ContactSummary greenContact() {
        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(Captures.incidentAbout(
                UUID.randomUUID().toString(), LocalDate.now().minusYears(8), 0)));
        assertEquals(Rag.GREEN, contact.getRag());
        return contact;
    }

    private void assertUnchanged(UUID contactId) {
        ContactDetail detail = read(contactId);
        assertEquals(Rag.GREEN, detail.getSummary().getRag());
        assertEquals(RatedBy.RULES, detail.getSummary().getRatedBy());
        assertEquals(List.of(), detail.getRatingChanges());
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_rating_change WHERE contact_id = ?",
                contactId.toString()));
    }

    private ContactDetail read(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
    }

    private static MutableHttpRequest<RatingChangeRequest> change(UUID contactId, Rag rag, String reason) {
        return HttpRequest.POST("/v1/mash/contacts/" + contactId + "/rating", new RatingChangeRequest(rag, reason));
    }
}
