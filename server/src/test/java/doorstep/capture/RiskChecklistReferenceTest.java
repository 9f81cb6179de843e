package doorstep.capture;

import doorstep.api.model.RiskChecklist;
import doorstep.api.model.RiskQuestion;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The risk checklists a device renders, served by id. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskChecklistReferenceTest extends ApiTest {

    SignedIn officer;

    @BeforeAll
    void setUp() {
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
    }

    @Test
    void dashChecklistHasItsTwentyFourQuestionsInOrder() {
        RiskChecklist dash = api.call(HttpRequest.GET("/v1/reference/risk-checklists/safelives-dash"), officer,
                RiskChecklist.class);

        assertEquals("safelives-dash", dash.getId());
        assertEquals("2009", dash.getVersion());
        assertEquals(14, dash.getHighRiskYesThreshold());
        assertEquals(IntStream.rangeClosed(1, 24).mapToObj(n -> "dash-q" + n).toList(),
                dash.getQuestions().stream().map(RiskQuestion::getId).toList());
        assertEquals(IntStream.rangeClosed(1, 24).boxed().toList(),
                dash.getQuestions().stream().map(RiskQuestion::getNumber).toList());
    }

    @Test
    void exploitationSignsChecklistIsServedAtItsCurrentVersion() {
        RiskChecklist signs = api.call(HttpRequest.GET("/v1/reference/risk-checklists/exploitation-signs"), officer,
                RiskChecklist.class);

        assertEquals("exploitation-signs", signs.getId());
        assertEquals("2026.1", signs.getVersion());
        assertEquals(3, signs.getHighRiskYesThreshold());
        assertEquals(IntStream.rangeClosed(1, 15).mapToObj(n -> "cse-q" + n).toList(),
                signs.getQuestions().stream().map(RiskQuestion::getId).toList());
    }

    @Test
    void checklistThisServerDoesNotHaveIsNotFound() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/reference/risk-checklists/college-of-policing-dara"),
                officer, 404);

        assertEquals("/problems/not-found", problem.get("type"));
    }
}
