package doorstep.mash;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.CorrectionRequest;
import doorstep.api.model.Decision;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decision is never edited: a correction is a new decision linked to the one it corrects, with its
 * reason; the earlier one stays readable, and the referrer hears the new outcome.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionCorrectionsTest extends ApiTest {

    private static final String FIRST = "No concerns once the family was seen by police.";
    private static final String SECOND = "School reports new bruising: assessment needed.";
    private static final String REASON = "The school's report arrived after the first decision.";

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;
    SignedIn otherTriager;
    SignedIn manager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherTriager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager", "mash-manager");
    }

    @Test
    void correctionIsANewDecisionLinkedToTheEarlierOneWhichStaysAsItWas() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        Decision correction = api.call(correct(contactId, first, s17()), triager, Decision.class);

        List<Decision> decisions = decisionsOf(contactId);
        assertEquals(2, decisions.size());
        assertEquals(first, decisions.get(0).getDecisionId());
        assertEquals(Outcome.NO_FURTHER_ACTION, decisions.get(0).getOutcome());
        assertEquals(FIRST, decisions.get(0).getRationale());
        assertEquals(correction.getDecisionId(), decisions.get(0).getCorrectedBy());
        assertEquals(first, decisions.get(1).getCorrects());
        assertEquals(REASON, decisions.get(1).getCorrectionReason());
        assertEquals(SECOND, decisions.get(1).getRationale());
        assertNull(decisions.get(1).getCorrectedBy());
    }

    @Test
    void contactShowsTheCorrectedOutcomeAndStaysDecided() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        api.call(correct(contactId, first, s17()), triager, Decision.class);

        ContactDetail detail = read(contactId);
        assertEquals(Outcome.SECTION_17_ASSESSMENT, detail.getSummary().getOutcome());
        assertEquals(doorstep.api.model.ContactState.DECIDED, detail.getSummary().getState());
        assertEquals(SECOND, detail.getRationale());
    }

    @Test
    void decisionAlreadyCorrectedCannotBeCorrectedAgain() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();
        api.call(correct(contactId, first, s17()), triager, Decision.class);

        Map<String, Object> problem = api.refusal(correct(contactId, first, s17()), triager, 409);

        assertEquals("/problems/decision-superseded", problem.get("type"));
        assertEquals(2, decisionsOf(contactId).size());
    }

    @Test
    void aSecondCorrectionThatReachesTheDatabaseIsKnownAsTheLostRaceAndNothingElseIs() throws Exception {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();
        api.call(correct(contactId, first, s17()), triager, Decision.class);

        // As a correction racing the first one writes it: past the check, into the constraint.
        SQLException racing = assertThrows(SQLException.class, () -> {
            try (Connection connection = stored.dataSource().getConnection();
                 PreparedStatement insert = connection.prepareStatement("""
                         INSERT INTO contact_decision (id, tenant_id, contact_id, outcome, rationale_ct, corrects_id,
                           decided_by, decided_at)
                         SELECT ?, tenant_id, contact_id, outcome, rationale_ct, corrects_id, decided_by, decided_at
                         FROM contact_decision WHERE tenant_id = ? AND corrects_id = ?""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, TENANT);
                insert.setString(3, first.toString());
                insert.executeUpdate();
            }
        });

        assertTrue(Corrections.anotherCorrectionCameFirst(new DataAccessException("insert failed", racing)));
        assertFalse(Corrections.anotherCorrectionCameFirst(new DataAccessException("insert failed",
                new SQLTransientConnectionException("Connection is not available", "08001"))),
                "a database that cannot be reached is not the user's conflict");
        assertFalse(Corrections.anotherCorrectionCameFirst(new DataAccessException("insert failed",
                new SQLIntegrityConstraintViolationException("Cannot add or update a child row: fk_decision_corrects", "23000"))),
                "nor is another constraint");
    }

    @Test
    void correctionCanItselfBeCorrected() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();
        Decision second = api.call(correct(contactId, first, s17()), triager, Decision.class);

        Decision third = api.call(correct(contactId, second.getDecisionId(), Decisions.section47(SECOND)), manager,
                Decision.class);

        assertEquals(List.of(first, second.getDecisionId(), third.getDecisionId()),
                decisionsOf(contactId).stream().map(Decision::getDecisionId).toList());
    }

    @Test
    void anotherTriagerCannotCorrectSomeoneElsesDecision() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        Map<String, Object> problem = api.refusal(correct(contactId, first, s17()), otherTriager, 403);

        assertEquals("/problems/forbidden", problem.get("type"));
        assertEquals(1, decisionsOf(contactId).size());
    }

    @Test
    void managerCanCorrectAnyonesDecision() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        Decision correction = api.call(correct(contactId, first, s17()), manager, Decision.class);

        assertEquals(manager.uid(), correction.getDecidedBy());
        assertEquals(first, correction.getCorrects());
    }

    @Test
    void correctionIsHeldToTheSameRulesAsADecision() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();
        DecisionRequest withoutActions = new DecisionRequest(Outcome.SECTION_17_ASSESSMENT, SECOND);

        Map<String, Object> problem = api.refusal(correct(contactId, first, withoutActions), triager, 400);

        assertEquals("/problems/actions-required", problem.get("type"));
        assertEquals(1, decisionsOf(contactId).size());
        assertEquals(Outcome.NO_FURTHER_ACTION, read(contactId).getSummary().getOutcome());
    }

    @Test
    void correctionWithoutAReasonIsRefused() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        Map<String, Object> problem = api.refusal(HttpRequest.POST(correctionPath(contactId, first),
                Map.of("decision", s17())), triager, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(1, decisionsOf(contactId).size());
    }

    @Test
    void decisionOfAnotherContactIsNotFoundUnderThisOne() {
        UUID contactId = decidedContact();
        UUID elsewhere = decisionsOf(decidedContact()).get(0).getDecisionId();

        Map<String, Object> problem = api.refusal(correct(contactId, elsewhere, s17()), triager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertEquals(1, decisionsOf(contactId).size());
    }

    @Test
    void referrersFeedCarriesTheCorrectedOutcomeAfterTheFirst() {
        UUID submissionId = referrer.refer(Captures.incident());
        UUID contactId = decide(submissionId);
        UUID first = decisionsOf(contactId).get(0).getDecisionId();

        api.call(correct(contactId, first, s17()), triager, Decision.class);

        FeedPage feed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + referrer.device().getDeviceId() + "&limit=200"),
                referrer.officer(), FeedPage.class);
        List<Outcome> outcomes = feed.getEntries().stream()
                .filter(e -> e.getOutcome() != null && e.getOutcome().getSubmissionId().equals(submissionId))
                .map(e -> e.getOutcome().getOutcome()).toList();
        assertEquals(List.of(Outcome.NO_FURTHER_ACTION, Outcome.SECTION_17_ASSESSMENT), outcomes);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAStoredDecision() {
        UUID contactId = decidedContact();
        String first = decisionsOf(contactId).get(0).getDecisionId().toString();

        assertThrows(IllegalStateException.class, () -> stored.execute(
                "UPDATE contact_decision SET outcome = 'early-help' WHERE id = ?", first));
        assertThrows(IllegalStateException.class, () -> stored.execute(
                "DELETE FROM contact_decision WHERE id = ?", first));

        assertEquals(Outcome.NO_FURTHER_ACTION, decisionsOf(contactId).get(0).getOutcome());
    }

    @Test
    void noEndpointChangesAStoredDecision() {
        UUID contactId = decidedContact();
        UUID first = decisionsOf(contactId).get(0).getDecisionId();
        String before = decisionRow(first);

        Decision second = api.call(correct(contactId, first, s17()), triager, Decision.class);
        UUID actionId = second.getActions().get(0).getActionId();
        api.call(HttpRequest.POST("/v1/mash/actions/" + actionId + "/complete", ""), manager, String.class);
        api.call(HttpRequest.GET("/v1/mash/actions?owner=overdue"), manager, String.class);
        api.refusal(correct(contactId, first, s17()), manager, 409);
        api.refusal(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision", s17()), triager, 409);
        read(contactId);

        assertEquals(before, decisionRow(first));
        assertTrue(decisionRow(second.getDecisionId()).contains(first.toString()));
    }

    /** Every column of the stored decision, as hex where binary, for comparing before and after. */
    private String decisionRow(UUID decisionId) {
        return new String(stored.bytes("SELECT CONCAT_WS('|', id, tenant_id, contact_id, outcome, HEX(rationale_ct), "
                + "COALESCE(corrects_id, '-'), COALESCE(HEX(correction_reason_ct), '-'), decided_by, decided_at) "
                + "FROM contact_decision WHERE id = ?", decisionId.toString()));
    }

    private static DecisionRequest s17() {
        return Decisions.withAction(Outcome.SECTION_17_ASSESSMENT, SECOND);
    }

    private static MutableHttpRequest<CorrectionRequest> correct(UUID contactId, UUID decisionId, DecisionRequest decision) {
        return HttpRequest.POST(correctionPath(contactId, decisionId), new CorrectionRequest(decision, REASON));
    }

    private static String correctionPath(UUID contactId, UUID decisionId) {
        return "/v1/mash/contacts/" + contactId + "/decisions/" + decisionId + "/correction";
    }

    private UUID decidedContact() {
        return decide(referrer.refer(Captures.incident()));
    }

    private UUID decide(UUID submissionId) {
        UUID contactId = Referrer.contactFor(api, triager, submissionId).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                new DecisionRequest(Outcome.NO_FURTHER_ACTION, FIRST)), triager, ContactSummary.class);
        return contactId;
    }

    private List<Decision> decisionsOf(UUID contactId) {
        return read(contactId).getDecisions();
    }

    private ContactDetail read(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
    }
}
