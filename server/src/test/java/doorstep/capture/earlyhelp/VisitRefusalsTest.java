package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.FamilyRelationship;
import doorstep.api.model.NextAction;
import doorstep.api.model.RelationshipKind;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import doorstep.testing.Visits;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A visit that opens but is not complete is refused as /problems/invalid-capture, with a violation
 * naming the field to correct, and nothing of it is stored: no visit, no person, no contact.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitRefusalsTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer worker;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        worker = Visits.earlyHelpWorker(api, TENANT);
    }

    @Test
    void childWithNeitherVoiceNorReasonIsRefused() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getChildren().get(0).seenAlone(null).getVoice().seen(false).spokenTo(false).spokenToAlone(null)
                .ownWords(null).notSpokenToReason(null);

        assertInvalidNaming(List.of("children[0].voice.notSpokenToReason"), visit);
    }

    @Test
    void childSpokenToNeedsTheirOwnWords() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getChildren().get(0).getVoice().ownWords(" ");

        assertInvalidNaming(List.of("children[0].voice.ownWords"), visit);
    }

    @Test
    void childSeenNeedsWhetherTheyWereSeenAlone() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getChildren().get(0).seenAlone(null);

        assertInvalidNaming(List.of("children[0].seenAlone"), visit);
    }

    @Test
    void escalatingNeedsAReason() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getEscalation().reason(null);

        assertInvalidNaming(List.of("escalation.reason"), visit);
    }

    @Test
    void immediateRiskWithoutEscalatingIsRefused() {
        EarlyHelpVisit visit = Visits.visit(false);
        visit.getEscalation().immediateRisk(true);

        assertInvalidNaming(List.of("escalation.immediateRisk"), visit);
    }

    @Test
    void relationshipToSomeoneNotInTheVisitIsRefused() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getRelationships().add(new FamilyRelationship(visit.getAdults().get(0).getMentionId(), UUID.randomUUID(),
                RelationshipKind.CARER));

        assertInvalidNaming(List.of("relationships[2].toMentionId"), visit);
    }

    @Test
    void personRelatedToThemselfIsRefused() {
        EarlyHelpVisit visit = Visits.visit(true);
        UUID mother = visit.getAdults().get(0).getMentionId();
        visit.getRelationships().add(new FamilyRelationship(mother, mother, RelationshipKind.CARER));

        assertInvalidNaming(List.of("relationships[2].toMentionId"), visit);
    }

    @Test
    void twoPeopleWithTheSameMentionIdAreRefused() {
        EarlyHelpVisit visit = Visits.visit(true).relationships(null);
        visit.getChildren().get(0).mentionId(visit.getAdults().get(1).getMentionId());

        assertInvalidNaming(List.of("children[0].mentionId"), visit);
    }

    @Test
    void nextActionDueBeforeTheVisitOrBeyondTwoYearsIsRefused() {
        EarlyHelpVisit visit = Visits.visit(true);
        var day = visit.getVisitedAt().toLocalDate();
        visit.getNextActions().add(new NextAction("Review", "Early help team").dueOn(day.minusDays(1)));
        visit.getNextActions().add(new NextAction("Review", "Early help team").dueOn(day.plusYears(2).plusDays(1)));
        visit.getNextActions().add(new NextAction("Review", "Early help team").dueOn(day.plusYears(2)));

        assertInvalidNaming(List.of("nextActions[1].dueOn", "nextActions[2].dueOn"), visit);
    }

    @Test
    void invalidNhsNumberIsRefused() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getChildren().get(0).nhsNumber("943 476 5991");

        assertInvalidNaming(List.of("children[0].nhsNumber"), visit);
    }

    @Test
    void visitMadeWithAnUnknownFormVersionIsRefusedWithAReasonToUpdateTheApp() {
        EarlyHelpVisit visit = Visits.visit(true).formVersion("2031.4");
        UUID id = UUID.randomUUID();

        SubmissionResult result = Visits.push(worker, Captures.json(visit), id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/unknown-definition-version", result.getProblem().getType());
        assertEquals(true, result.getProblem().getDetail().contains("update the app"));
        assertNothingStoredFor(id);
    }

    private void assertInvalidNaming(List<String> fields, EarlyHelpVisit visit) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = Visits.push(worker, Captures.json(visit), id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/invalid-capture", result.getProblem().getType());
        assertEquals(fields, result.getProblem().getViolations().stream().map(Violation::getField).toList());
        assertNothingStoredFor(id);
    }

    private void assertNothingStoredFor(UUID id) {
        String submission = id.toString();
        assertEquals(0, stored.count("SELECT COUNT(*) FROM submission WHERE id = ?", submission)
                + stored.count("SELECT COUNT(*) FROM eh_visit WHERE id = ?", submission)
                + stored.count("SELECT COUNT(*) FROM eh_visit_person WHERE visit_id = ?", submission)
                + stored.count("SELECT COUNT(*) FROM person_mention WHERE source_id = ?", submission)
                + stored.count("SELECT COUNT(*) FROM contact WHERE submission_id = ?", submission));
    }
}
