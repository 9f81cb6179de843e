package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.testing.Decisions;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Triage steps out of turn are refused, and leave the contact as it was. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageRefusalsTest extends ApiTest {

    private static final String RATIONALE = "Family agrees to early help; no immediate risk.";

    Referrer referrer;
    SignedIn triager;
    SignedIn otherTriager;

    @BeforeAll
    void setUp() {
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherTriager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void decisionWithARationaleUnderTenCharactersIsRefusedNamingTheRationale() {
        UUID contactId = claimedContact(triager);

        Map<String, Object> problem = api.refusal(decision(contactId, "Too short"), triager, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("rationale"), Api.violatedFields(problem));
        assertEquals(ContactState.CLAIMED, read(contactId).getSummary().getState());
    }

    @Test
    void contactNobodyHasClaimedCannotBeDecided() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();

        Map<String, Object> problem = api.refusal(decision(contactId, RATIONALE), triager, 409);

        assertEquals("/problems/contact-not-claimed-by-you", problem.get("type"));
        ContactSummary after = read(contactId).getSummary();
        assertEquals(ContactState.QUEUED, after.getState());
        assertNull(after.getOutcome());
    }

    @Test
    void contactAnotherTriagerClaimedCannotBeClaimed() {
        UUID contactId = claimedContact(triager);

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""),
                otherTriager, 409);

        assertEquals("/problems/contact-not-claimable", problem.get("type"));
        assertEquals(triager.uid(), read(contactId).getSummary().getClaimedBy());
    }

    private UUID claimedContact(SignedIn by) {
        UUID contactId = Referrer.contactFor(api, by, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), by, ContactSummary.class);
        return contactId;
    }

    private static MutableHttpRequest<DecisionRequest> decision(UUID contactId, String rationale) {
        return HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(Outcome.EARLY_HELP, rationale));
    }

    private ContactDetail read(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
    }
}
