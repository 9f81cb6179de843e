package doorstep.mash;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Decision;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.StrategyDiscussion;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.Captures;
import doorstep.testing.DatabaseDump;
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
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What a decision must carry to be saved: actions with an owner and a due date for the outcomes that
 * start work, a strategy discussion for section 47 with a reason for any missing partner, a team for
 * a step across. A refused decision stores nothing and leaves the contact claimed.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionRulesTest extends ApiTest {

    private static final String RATIONALE = "Children seen at home; the family needs support.";

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void sectionSeventeenWithoutAnyActionIsRefusedAndNothingIsStored() {
        UUID contactId = claimedContact();

        Map<String, Object> problem = refusal(contactId, new DecisionRequest(Outcome.SECTION_17_ASSESSMENT, RATIONALE));

        assertEquals("/problems/actions-required", problem.get("type"));
        assertEquals("section-17-assessment", problem.get("outcome"));
        assertNothingDecided(contactId);
    }

    @Test
    void everyOutcomeThatStartsWorkNeedsAnAction() {
        for (Outcome outcome : List.of(Outcome.EARLY_HELP, Outcome.IMMEDIATE_PROTECTION)) {
            UUID contactId = claimedContact();

            Map<String, Object> problem = refusal(contactId, new DecisionRequest(outcome, RATIONALE));

            assertEquals("/problems/actions-required", problem.get("type"), outcome.getValue());
            assertNothingDecided(contactId);
        }
    }

    @Test
    void actionWithoutAnOwnerIsRefusedNamingIt() {
        UUID contactId = claimedContact();
        ActionRequest ownerless = new ActionRequest("Visit the family", Decisions.today().plusDays(2));

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(List.of(ownerless)));

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("actions[0].owner"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void actionWithoutADueDateIsRefusedNamingIt() {
        UUID contactId = claimedContact();
        ActionRequest undated = Decisions.action("Visit the family");
        undated.setDueOn(null);

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(List.of(undated)));

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("actions[0].dueOn"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void actionDueYesterdayIsRefusedAsInThePast() {
        UUID contactId = claimedContact();
        ActionRequest late = Decisions.action("Visit the family").dueOn(Decisions.today().minusDays(1));

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(List.of(late)));

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("actions[0].dueOn"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void actionOwnedByAnAgencyNobodyKnowsIsRefused() {
        UUID contactId = claimedContact();
        ActionRequest unknown = Decisions.action("Visit the family").ownerAgency("ministry-of-magic");

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(List.of(unknown)));

        assertEquals(List.of("actions[0].ownerAgency"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void actionOwnedBySomeoneWhoIsNotAUserHereIsRefused() {
        UUID contactId = claimedContact();
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "practitioner");
        List<ActionRequest> strangers = List.of(Decisions.action("Visit").ownerAgency(null).ownerUid("no-such-user"),
                Decisions.action("Visit").ownerAgency(null).ownerUid(elsewhere.uid()));

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(strangers));

        assertEquals(List.of("actions[0].ownerUid", "actions[1].ownerUid"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void actionWithBothAPersonAndAnAgencyAsOwnerIsRefused() {
        UUID contactId = claimedContact();
        ActionRequest twoOwners = Decisions.action("Visit the family").ownerUid(triager.uid());

        Map<String, Object> problem = refusal(contactId,
                new DecisionRequest(Outcome.EARLY_HELP, RATIONALE).actions(List.of(twoOwners)));

        assertEquals(List.of("actions[0].owner"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void strategyDiscussionPoliceAndHealthMissedIsRefusedNamingThemUntilAReasonIsGiven() {
        UUID contactId = claimedContact();
        StrategyDiscussion gap = new StrategyDiscussion(Decisions.ALL_PARTNERS, List.of("education", "social-care"));
        DecisionRequest decision = Decisions.section47(RATIONALE).strategyDiscussion(gap);

        Map<String, Object> problem = refusal(contactId, decision);

        assertEquals("/problems/strategy-discussion-incomplete", problem.get("type"));
        assertEquals(List.of("police", "health"), problem.get("missingAgencies"));
        assertNothingDecided(contactId);
    }

    @Test
    void strategyDiscussionWithAReasonForTheGapIsKeptWithTheGap() {
        UUID contactId = claimedContact();
        StrategyDiscussion gap = new StrategyDiscussion(Decisions.ALL_PARTNERS, List.of("education", "social-care"))
                .missingAgencyReason("Police and the GP could not join at two hours' notice.");

        decide(contactId, Decisions.section47(RATIONALE).strategyDiscussion(gap));

        StrategyDiscussion kept = onlyDecision(contactId).getStrategyDiscussion();
        assertEquals(List.of("education", "health", "police", "social-care"), kept.getInvited());
        assertEquals(List.of("education", "social-care"), kept.getAttended());
        assertEquals(List.of("police", "health"), kept.getMissingAgencies());
        assertEquals("Police and the GP could not join at two hours' notice.", kept.getMissingAgencyReason());
    }

    @Test
    void sectionFortySevenWithoutItsStrategyDiscussionIsRefused() {
        UUID contactId = claimedContact();

        Map<String, Object> problem = refusal(contactId,
                Decisions.withAction(Outcome.SECTION_47_STRATEGY_DISCUSSION, RATIONALE));

        assertEquals(List.of("strategyDiscussion"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void agencyThatAttendedWithoutBeingInvitedIsRefused() {
        UUID contactId = claimedContact();
        StrategyDiscussion odd = new StrategyDiscussion(List.of("police", "health", "education"), Decisions.ALL_PARTNERS);

        Map<String, Object> problem = refusal(contactId, Decisions.section47(RATIONALE).strategyDiscussion(odd));

        assertEquals(List.of("strategyDiscussion.attended"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void strategyDiscussionOnAnOutcomeWithoutOneIsRefused() {
        UUID contactId = claimedContact();
        DecisionRequest junk = new DecisionRequest(Outcome.NO_FURTHER_ACTION, RATIONALE)
                .strategyDiscussion(new StrategyDiscussion(Decisions.ALL_PARTNERS, Decisions.ALL_PARTNERS));

        Map<String, Object> problem = refusal(contactId, junk);

        assertEquals(List.of("strategyDiscussion"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void stepAcrossWithoutATeamIsRefused() {
        UUID contactId = claimedContact();

        Map<String, Object> problem = refusal(contactId, new DecisionRequest(Outcome.STEP_ACROSS, RATIONALE));

        assertEquals(List.of("stepAcrossTeam"), Api.violatedFields(problem));
        assertNothingDecided(contactId);
    }

    @Test
    void stepAcrossIsKeptWithTheTeamItWentTo() {
        UUID contactId = claimedContact();

        ContactSummary decided = decide(contactId, new DecisionRequest(Outcome.STEP_ACROSS, RATIONALE)
                .stepAcrossTeam("Children with Disabilities Team"));

        assertEquals(Outcome.STEP_ACROSS, decided.getOutcome());
        assertEquals("Children with Disabilities Team", onlyDecision(contactId).getStepAcrossTeam());
    }

    @Test
    void decisionIsKeptWithEachActionsOwnerAndDueDate() {
        UUID contactId = claimedContact();
        ActionRequest byPerson = new ActionRequest("Visit the family", Decisions.today().plusDays(1))
                .ownerUid(triager.uid());
        ActionRequest byAgency = new ActionRequest("Tell the school nurse", Decisions.today())
                .ownerAgency("health");

        decide(contactId, new DecisionRequest(Outcome.IMMEDIATE_PROTECTION, RATIONALE)
                .actions(List.of(byPerson, byAgency)));

        Decision decision = onlyDecision(contactId);
        assertEquals(Outcome.IMMEDIATE_PROTECTION, decision.getOutcome());
        assertEquals(RATIONALE, decision.getRationale());
        assertEquals(triager.uid(), decision.getDecidedBy());
        assertNull(decision.getCorrects());
        assertEquals(List.of("Visit the family", "Tell the school nurse"),
                decision.getActions().stream().map(a -> a.getWhat()).toList());
        assertEquals(triager.uid(), decision.getActions().get(0).getOwnerUid());
        assertEquals("health", decision.getActions().get(1).getOwnerAgency());
        assertEquals(Decisions.today(), decision.getActions().get(1).getDueOn());
        assertEquals(Boolean.FALSE, decision.getActions().get(1).getOverdue());
    }

    @Test
    void decisionsFreeTextIsStoredOnlySealed() {
        UUID contactId = claimedContact();
        StrategyDiscussion gap = new StrategyDiscussion(Decisions.ALL_PARTNERS, List.of("police", "social-care"))
                .missingAgencyReason("Quillanby surgery and Wrexford school were closed.");

        decide(contactId, new DecisionRequest(Outcome.SECTION_47_STRATEGY_DISCUSSION,
                "Amberleigh told her teacher about the bruises.")
                .actions(List.of(Decisions.action("Take Amberleigh to the Thornbury clinic")))
                .strategyDiscussion(gap));

        assertEquals("Amberleigh told her teacher about the bruises.", onlyDecision(contactId).getRationale());
        assertEquals(Set.of(), new Canaries(List.of("Amberleigh", "Thornbury", "Quillanby", "Wrexford"))
                .foundIn(DatabaseDump.of(dataSource).bytes()));
    }

    private UUID claimedContact() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        return contactId;
    }

    private Map<String, Object> refusal(UUID contactId, DecisionRequest decision) {
        return api.refusal(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision", decision), triager, 400);
    }

    private ContactSummary decide(UUID contactId, DecisionRequest decision) {
        return api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision", decision), triager,
                ContactSummary.class);
    }

    private Decision onlyDecision(UUID contactId) {
        List<Decision> decisions = read(contactId).getDecisions();
        assertEquals(1, decisions.size());
        return decisions.get(0);
    }

    private ContactDetail read(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
    }

    private void assertNothingDecided(UUID contactId) {
        ContactSummary after = read(contactId).getSummary();
        assertEquals(ContactState.CLAIMED, after.getState());
        assertNull(after.getOutcome());
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?", contactId.toString()));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM decision_action WHERE contact_id = ?", contactId.toString()));
    }
}
