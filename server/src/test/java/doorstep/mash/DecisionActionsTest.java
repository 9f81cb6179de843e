package doorstep.mash;

import doorstep.api.model.Action;
import doorstep.api.model.ActionRequest;
import doorstep.api.model.Actions;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.CorrectionRequest;
import doorstep.api.model.Decision;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.api.model.TaskNoticeTaskKind;
import doorstep.audit.AuditTrail;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actions have owners who see and complete them; managers see the overdue ones; each overdue action
 * is flagged once, to its owner or (for an agency's action) to the managers, however many servers run.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "doorstep.mash.overdue-actions.first-after", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionActionsTest extends ApiTest {

    private static final String RATIONALE = "Children seen; a social worker will assess the family.";

    @Inject
    DataSource dataSource;
    @Inject
    OverdueActionsJob overdueJob;
    @Inject
    AuditTrail audit;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;
    SignedIn owner;
    SignedIn colleague;
    SignedIn manager;
    SignedIn managerWithPhone;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        owner = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner");
        colleague = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager", "mash-manager");
        managerWithPhone = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner", "mash-manager");
    }

    @Test
    void ownerSeesTheActionsTheyOwn() {
        Decision decision = decide(ownedBy(owner, "Visit the family at home"));

        List<UUID> mine = ids(listAs(owner, "me"));

        assertTrue(mine.contains(actionOf(decision)));
        assertFalse(ids(listAs(colleague, "me")).contains(actionOf(decision)));
    }

    @Test
    void listingActionsIsAuditedOnTheirContact() {
        Decision decision = decide(ownedBy(owner, "Visit the family at home"));

        listAs(owner, "me");

        assertTrue(audit.historyOf(TENANT, decision.getContactId().toString()).stream()
                .anyMatch(e -> e.action().equals("action.read") && e.actorUid().equals(owner.uid())));
    }

    @Test
    void completedActionLeavesItsOwnersList() {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));

        Action done = api.call(complete(actionId), owner, Action.class);

        assertNotNull(done.getCompletedAt());
        assertEquals(owner.uid(), done.getCompletedBy());
        assertFalse(ids(listAs(owner, "me")).contains(actionId));
    }

    @Test
    void completingAnActionAgainChangesNothing() {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));
        Action first = api.call(complete(actionId), owner, Action.class);

        Action again = api.call(complete(actionId), manager, Action.class);

        assertEquals(first.getCompletedAt(), again.getCompletedAt());
        assertEquals(owner.uid(), again.getCompletedBy());
    }

    @Test
    void someoneWhoDoesNotOwnAnActionCannotCompleteIt() {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));

        Map<String, Object> problem = api.refusal(complete(actionId), colleague, 403);

        assertEquals("/problems/forbidden", problem.get("type"));
        assertTrue(ids(listAs(owner, "me")).contains(actionId));
    }

    @Test
    void managerSeesOverdueActionsWhoeverOwnsThem() {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));
        UUID onTime = actionOf(decide(ownedBy(owner, "Phone the school")));
        backdate(actionId);

        List<Action> overdue = listAs(manager, "overdue").getActions();

        Action late = overdue.stream().filter(a -> a.getActionId().equals(actionId)).findFirst().orElseThrow();
        assertTrue(late.getOverdue());
        assertFalse(ids(listAs(manager, "overdue")).contains(onTime));
    }

    @Test
    void onlyManagersListOverdueActions() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/mash/actions?owner=overdue"), triager, 403);

        assertEquals("/problems/forbidden", problem.get("type"));
    }

    @Test
    void actionsOfACorrectedDecisionAreNoLongerOpen() {
        Decision decision = decide(ownedBy(owner, "Visit the family at home"));
        UUID actionId = actionOf(decision);

        api.call(HttpRequest.POST("/v1/mash/contacts/" + decision.getContactId() + "/decisions/"
                        + decision.getDecisionId() + "/correction", new CorrectionRequest(
                        new DecisionRequest(Outcome.NO_FURTHER_ACTION, "Police confirm the report was mistaken."),
                        "Police withdrew the referral.")), triager, Decision.class);

        assertFalse(ids(listAs(owner, "me")).contains(actionId));
        assertEquals("/problems/action-superseded", api.refusal(complete(actionId), owner, 409).get("type"));
    }

    @Test
    void overdueActionIsFlaggedToItsOwnerOnceThoughTwoServersCheckAtOnce() throws Exception {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));
        backdate(actionId);

        checkOverdueFromServersAtOnce(4);
        checkOverdueFromServersAtOnce(2);

        assertEquals(1, stored.count("SELECT COUNT(*) FROM feed_entry WHERE ref_id = ?", actionId.toString()));
        FeedEntry notice = feedOf(owner).stream()
                .filter(e -> e.getTask() != null && e.getTask().getTaskId().equals(actionId))
                .findFirst().orElseThrow();
        assertEquals(TaskNoticeTaskKind.MASH_ACTION, notice.getTask().getTaskKind());
        assertEquals(owner.uid(), notice.getTask().getAssignedTo());
    }

    @Test
    void overdueActionAnAgencyOwnsIsFlaggedToTheManagers() throws Exception {
        UUID actionId = actionOf(decide(Decisions.action("Health visitor to see the baby").ownerAgency("health")));
        backdate(actionId);

        checkOverdueFromServersAtOnce(2);

        assertTrue(feedOf(managerWithPhone).stream()
                .anyMatch(e -> e.getTask() != null && e.getTask().getTaskId().equals(actionId)));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM feed_entry WHERE ref_id = ? AND audience_role = 'mash-manager'",
                actionId.toString()));
    }

    @Test
    void actionNotYetDueIsNotFlagged() throws Exception {
        UUID actionId = actionOf(decide(ownedBy(owner, "Visit the family at home")));

        checkOverdueFromServersAtOnce(2);

        assertEquals(0, stored.count("SELECT COUNT(*) FROM feed_entry WHERE ref_id = ?", actionId.toString()));
    }

    /** Runs the overdue check from several threads released together, as replicas would on one database. */
    private void checkOverdueFromServersAtOnce(int servers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return overdueJob.flagOverdue();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void backdate(UUID actionId) {
        stored.execute("UPDATE decision_action SET due_on = ? WHERE id = ?",
                java.sql.Date.valueOf(Decisions.today().minusDays(2)), actionId.toString());
    }

    private ActionRequest ownedBy(SignedIn person, String what) {
        return new ActionRequest(what, Decisions.today().plusDays(3)).ownerUid(person.uid());
    }

    private Decision decide(ActionRequest action) {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.SECTION_17_ASSESSMENT, RATIONALE).actions(List.of(action))), triager,
                ContactSummary.class);
        List<Decision> decisions = api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager,
                ContactDetail.class).getDecisions();
        return decisions.get(decisions.size() - 1);
    }

    private static UUID actionOf(Decision decision) {
        return decision.getActions().get(0).getActionId();
    }

    private Actions listAs(SignedIn user, String filter) {
        return api.call(HttpRequest.GET("/v1/mash/actions?owner=" + filter + "&limit=500"), user, Actions.class);
    }

    private static List<UUID> ids(Actions actions) {
        return actions.getActions().stream().map(Action::getActionId).toList();
    }

    private static MutableHttpRequest<String> complete(UUID actionId) {
        return HttpRequest.POST("/v1/mash/actions/" + actionId + "/complete", "");
    }

    private List<FeedEntry> feedOf(SignedIn user) {
        DeviceEnrolment device = api.enrol(user);
        return api.call(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId() + "&limit=200"), user,
                FeedPage.class).getEntries();
    }
}
