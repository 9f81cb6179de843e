package doorstep.capture;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A capture that opens but is not complete is rejected as /problems/invalid-capture, with a
 * violation naming the field to correct, and nothing of it is stored.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidCaptureTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn officer;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        device = api.enrol(officer);
    }

    @Test
    void childSeenButNotSpokenToNeedsTheReasonWhyNot() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getChildren().get(0).getVoice().spokenTo(false).spokenToAlone(null).ownWords(null)
                .notSpokenToReason(null);

        assertInvalidNaming("children[0].voice.notSpokenToReason", incident);
    }

    @Test
    void childSpokenToNeedsTheirOwnWords() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getChildren().get(0).getVoice().ownWords(" ");

        assertInvalidNaming("children[0].voice.ownWords", incident);
    }

    @Test
    void answerToAQuestionTheChecklistDoesNotHaveIsRefused() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getRisk().getAnswers().set(0, new RiskAnswer("dash-q99", RiskAnswerAnswer.YES));

        assertInvalidNaming("risk.answers[0].questionId", incident);
    }

    @Test
    void professionalJudgementOfHighRiskNeedsAReason() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getRisk().professionalJudgementHigh(true).judgementReason(null);

        assertInvalidNaming("risk.judgementReason", incident);
    }

    @Test
    void incidentDatedInTheFutureIsRefused() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.occurredAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));

        assertInvalidNaming("occurredAt", incident);
    }

    @Test
    void twoPeopleWithTheSameMentionIdAreRefused() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getAdults().get(1).mentionId(incident.getAdults().get(0).getMentionId());

        assertInvalidNaming("adults[1].mentionId", incident);
    }

    /**
     * NHS numbers the check refuses, each of which would otherwise link a person to someone else:
     * the same number outweighs every other difference.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "943 476 5991 | the last two digits swapped",
            "0000000060   | its check digit would be 10",
            "943-476-5919 | other separators than the contract's pattern allows",
            "0000000000   | a placeholder for not known, though it passes Modulus 11"})
    void anNhsNumberThatFailsItsCheckIsRefused(String nhsNumber, String why) {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getChildren().get(0).nhsNumber(nhsNumber);

        assertInvalidNaming("children[0].nhsNumber", incident);
    }

    @Test
    void oneNhsNumberGivenToAMotherAndHerChildIsRefused() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getAdults().get(0).nhsNumber("943 476 5919");
        incident.getChildren().get(0).nhsNumber("9434765919");

        assertInvalidNaming("children[0].nhsNumber", incident);
    }

    private void assertInvalidNaming(String field, DomesticAbuseIncident incident) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = push(incident, id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/invalid-capture", result.getProblem().getType());
        List<String> fields = result.getProblem().getViolations().stream().map(Violation::getField).toList();
        assertEquals(List.of(field), fields);
        assertEquals(0, stored.rowsFor(id));
    }

    private SubmissionResult push(DomesticAbuseIncident incident, UUID id) {
        var item = Captures.sealed(incident, device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(device.getDeviceId(), List.of(item))),
                officer, SubmissionResults.class).getResults().get(0);
    }
}
