package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;
import doorstep.api.model.RatingChangeRequest;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim holds for its lease (30 minutes) and is renewed by its holder claiming again or reading
 * the contact; left idle past it, the contact is back in the queue for anyone, and the old holder
 * must claim it back before deciding. The holder can give it back sooner.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimLeaseTest extends ApiTest implements WithSettableClock {

    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final String RATIONALE = "Family agrees to early help; no immediate risk.";

    @Inject
    SettableClock clock;

    @Inject
    DataSource dataSource;

    Referrer referrer;
    SignedIn triager;
    SignedIn colleague;


    @BeforeAll
    void setUp() {
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        colleague = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void aClaimHoldsForTheLeaseAndSaysUntilWhen() {
        UUID contactId = newContact();
        Instant claimedAt = clock.instant();

        ContactSummary claimed = claim(contactId, triager);
        clock.advance(LEASE.minusMinutes(1));

        assertEquals(claimedAt.plus(LEASE), claimed.getClaimExpiresAt().toInstant());
        assertEquals("/problems/contact-not-claimable", api.refusal(claimRequest(contactId), colleague, 409).get("type"));
        assertEquals(triager.uid(), summary(contactId).getClaimedBy());
    }

    @Test
    void aClaimLeftIdlePastTheLeaseIsQueuedAgainForAnyone() {
        UUID contactId = newContact();
        claim(contactId, triager);

        clock.advance(LEASE.plusSeconds(1));

        ContactSummary listed = summary(contactId);
        assertEquals(ContactState.QUEUED, listed.getState());
        assertNull(listed.getClaimedBy());
        assertNull(listed.getClaimExpiresAt());
        assertTrue(ids("queued").contains(contactId));
        assertFalse(ids("claimed").contains(contactId));
        assertEquals(colleague.uid(), claim(contactId, colleague).getClaimedBy());
        assertTrue(ids("claimed").contains(contactId));
    }

    @Test
    void theOldHoldersDecisionIsRefusedOnceTheLeaseLapsedUntilTheyClaimItBack() {
        UUID contactId = newContact();
        claim(contactId, triager);
        clock.advance(LEASE.plusSeconds(1));

        assertEquals("/problems/contact-not-claimed-by-you", api.refusal(decision(contactId), triager, 409).get("type"));
        assertEquals(ContactState.QUEUED, summary(contactId).getState());

        claim(contactId, triager);
        assertEquals(Outcome.INFORMATION_AND_ADVICE, api.call(decision(contactId), triager, ContactSummary.class).getOutcome());
    }

    @Test
    void theOldHoldersDecisionIsRefusedOnceAnotherTriagerTookTheLapsedClaim() {
        UUID contactId = newContact();
        claim(contactId, triager);
        clock.advance(LEASE.plusSeconds(1));
        claim(contactId, colleague);

        assertEquals("/problems/contact-not-claimed-by-you", api.refusal(decision(contactId), triager, 409).get("type"));
        assertEquals("/problems/contact-not-claimable", api.refusal(claimRequest(contactId), triager, 409).get("type"));
        assertEquals(colleague.uid(), summary(contactId).getClaimedBy());
    }

    @Test
    void readingTheContactRenewsItsHoldersLease() {
        UUID contactId = newContact();
        claim(contactId, triager);
        clock.advance(Duration.ofMinutes(20));

        api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
        Instant readAt = clock.instant();
        clock.advance(Duration.ofMinutes(20));

        assertEquals(readAt.plus(LEASE), summary(contactId).getClaimExpiresAt().toInstant());
        assertEquals("/problems/contact-not-claimable", api.refusal(claimRequest(contactId), colleague, 409).get("type"));
    }

    @Test
    void changingTheRatingRenewsItsHoldersLease() {
        UUID contactId = newContact();
        claim(contactId, triager);
        clock.advance(Duration.ofMinutes(20));

        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/rating",
                new RatingChangeRequest(summary(contactId).getRag() == Rag.RED ? Rag.AMBER : Rag.RED,
                        "The child told the officer it happens every week.")), triager,
                ContactSummary.class);
        Instant changedAt = clock.instant();
        clock.advance(Duration.ofMinutes(20));

        assertEquals(changedAt.plus(LEASE), summary(contactId).getClaimExpiresAt().toInstant());
        assertEquals("/problems/contact-not-claimable", api.refusal(claimRequest(contactId), colleague, 409).get("type"));
    }

    @Test
    void claimingAgainRenewsTheHoldersLeaseButAnotherTriagersReadDoesNot() {
        UUID contactId = newContact();
        claim(contactId, triager);
        clock.advance(Duration.ofMinutes(20));

        api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), colleague, ContactDetail.class);
        Instant reclaimedAt = clock.instant();
        ContactSummary again = claim(contactId, triager);

        assertEquals(reclaimedAt.plus(LEASE), again.getClaimExpiresAt().toInstant());
        assertEquals(triager.uid(), again.getClaimedBy());
    }

    @Test
    void theHolderReleasesAContactBackToTheQueue() {
        UUID contactId = newContact();
        claim(contactId, triager);

        ContactSummary released = api.call(releaseRequest(contactId), triager, ContactSummary.class);

        assertEquals(ContactState.QUEUED, released.getState());
        assertNull(released.getClaimedBy());
        assertEquals(1, new StoredRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? "
                + "AND action = 'contact.released' AND actor_uid = ?", contactId.toString(), triager.uid()));
        assertEquals(colleague.uid(), claim(contactId, colleague).getClaimedBy());
    }

    @Test
    void onlyTheHolderCanReleaseAContact() {
        UUID contactId = newContact();
        claim(contactId, triager);

        Map<String, Object> problem = api.refusal(releaseRequest(contactId), colleague, 409);

        assertEquals("/problems/contact-not-claimed-by-you", problem.get("type"));
        assertEquals(triager.uid(), summary(contactId).getClaimedBy());
        assertEquals("/problems/contact-not-claimed-by-you", api.refusal(releaseRequest(newContact()), triager, 409)
                .get("type"), "nobody holds a queued contact");
    }

    @Test
    void anotherTenantsTriagerNeitherClaimsNorReleasesTheContact() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
        UUID queued = newContact();
        UUID held = newContact();
        claim(held, triager);

        assertEquals("/problems/not-found", api.refusal(claimRequest(queued), elsewhere, 404).get("type"));
        assertEquals("/problems/not-found", api.refusal(releaseRequest(held), elsewhere, 404).get("type"));
        assertEquals(ContactState.QUEUED, summary(queued).getState());
        assertEquals(triager.uid(), summary(held).getClaimedBy());
    }

    @Test
    void onlyMashStaffMayRelease() {
        UUID contactId = newContact();
        claim(contactId, triager);

        assertEquals("/problems/forbidden", api.refusal(releaseRequest(contactId), referrer.officer(), 403).get("type"));
        assertEquals(triager.uid(), summary(contactId).getClaimedBy());
    }

    private UUID newContact() {
        return Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
    }

    private ContactSummary claim(UUID contactId, SignedIn by) {
        return api.call(claimRequest(contactId), by, ContactSummary.class);
    }

    private ContactSummary summary(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts?limit=500"), triager, ContactQueue.class).getContacts()
                .stream().filter(c -> c.getContactId().equals(contactId)).findFirst().orElseThrow();
    }

    private List<UUID> ids(String state) {
        return api.call(HttpRequest.GET("/v1/mash/contacts?limit=500&state=" + state), triager, ContactQueue.class)
                .getContacts().stream().map(ContactSummary::getContactId).toList();
    }

    private static io.micronaut.http.MutableHttpRequest<String> claimRequest(UUID contactId) {
        return HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", "");
    }

    private static io.micronaut.http.MutableHttpRequest<String> releaseRequest(UUID contactId) {
        return HttpRequest.POST("/v1/mash/contacts/" + contactId + "/release", "");
    }

    private static io.micronaut.http.MutableHttpRequest<DecisionRequest> decision(UUID contactId) {
        return HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.INFORMATION_AND_ADVICE, RATIONALE));
    }
}
