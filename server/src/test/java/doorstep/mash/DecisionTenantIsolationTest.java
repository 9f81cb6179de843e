package doorstep.mash;

import doorstep.api.model.Action;
import doorstep.api.model.Actions;
import doorstep.api.model.ActionRequest;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.CorrectionRequest;
import doorstep.api.model.Decision;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Another local authority's users cannot correct our decisions or see or complete our actions. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionTenantIsolationTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;
    SignedIn otherManager;
    Decision ours;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherManager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager", "mash-manager");
        ours = decided();
    }

    @Test
    void otherTenantsManagerCannotCorrectOurDecision() {
        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/mash/contacts/" + ours.getContactId()
                + "/decisions/" + ours.getDecisionId() + "/correction", new CorrectionRequest(
                new DecisionRequest(Outcome.NO_FURTHER_ACTION, "Nothing for the MASH here, closing."),
                "Closing from the wrong borough.")), otherManager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?",
                ours.getContactId().toString()));
    }

    @Test
    void otherTenantsManagerCannotCompleteOurAction() {
        UUID actionId = ours.getActions().get(0).getActionId();

        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/mash/actions/" + actionId + "/complete", ""),
                otherManager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertNull(actionAsOurOwnerSeesIt(actionId).getCompletedAt());
    }

    @Test
    void otherTenantsManagerDoesNotSeeOurOverdueActions() {
        UUID actionId = ours.getActions().get(0).getActionId();
        stored.execute("UPDATE decision_action SET due_on = ? WHERE id = ?",
                java.sql.Date.valueOf(Decisions.today().minusDays(3)), actionId.toString());

        Actions theirs = api.call(HttpRequest.GET("/v1/mash/actions?owner=overdue&limit=500"), otherManager,
                Actions.class);

        assertFalse(theirs.getActions().stream().anyMatch(a -> a.getActionId().equals(actionId)));
    }

    private Action actionAsOurOwnerSeesIt(UUID actionId) {
        return api.call(HttpRequest.GET("/v1/mash/actions?owner=me&limit=500"), triager, Actions.class).getActions()
                .stream().filter(a -> a.getActionId().equals(actionId)).findFirst().orElseThrow();
    }

    private Decision decided() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        ActionRequest mine = new ActionRequest("Visit the family", Decisions.today().plusDays(2)).ownerUid(triager.uid());
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.EARLY_HELP, "Family agrees to early help; no immediate risk.")
                        .actions(List.of(mine))), triager, ContactSummary.class);
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class)
                .getDecisions().get(0);
    }
}
