package doorstep.capture.earlyhelp;

import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.NextAction;
import doorstep.api.model.PersonName;
import doorstep.api.model.VisitAnalysis;
import doorstep.api.model.VisitChild;
import doorstep.simulator.IncidentGenerator;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.DatabaseDump;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.TestDatabase;
import doorstep.testing.Visits;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing typed into an early help visit is readable at rest: after every free-text and identifying
 * field has carried a canary word, neither a dump of every column of every table nor the database's
 * files hold any of them in the clear, in any letter case, while the triager still reads them back.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitEncryptionAtRestTest extends ApiTest {

    // A suffix of this run's own: the database folder outlives a run.
    private static final String RUN = new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private static final String NHS_NUMBER = IncidentGenerator.madeUpNhsNumber(new Random());
    private static final List<String> WORDS = new ArrayList<>(List.of(NHS_NUMBER, NHS_NUMBER.replace(" ", "")));

    @Inject
    DataSource dataSource;

    SignedIn triager;
    UUID visitId;
    EarlyHelpVisit sent;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        sent = canaryVisit();
        visitId = Visits.send(Visits.earlyHelpWorker(api, TENANT), sent);
    }

    @Test
    void triagerReadsTheCanaryWordsBack() {
        ContactDetail detail = Referrer.openContact(api, triager, visitId);

        assertEquals(sent.getChildren().get(0).getVoice().getOwnWords(),
                detail.getVisit().getChildren().get(0).getVoice().getOwnWords());
        assertEquals(sent.getAnalysis(), detail.getVisit().getAnalysis());
        assertEquals(sent.getNextActions(), detail.getVisit().getNextActions());
        assertEquals(sent.getEscalation().getReason(), detail.getVisit().getEscalation().getReason());
        assertEquals(sent.getPlace(), detail.getVisit().getPlace());
        assertEquals(sent.getAdults(), detail.getVisit().getAdults());
        assertEquals(sent.getChildren(), detail.getVisit().getChildren());
        assertEquals(sent.getRelationships(), detail.getVisit().getRelationships());
    }

    @Test
    void noColumnOfAnyTableHoldsACanaryInTheClear() {
        DatabaseDump dump = DatabaseDump.of(dataSource);

        assertTrue(dump.tables().containsAll(List.of("eh_visit", "eh_visit_person", "person_mention", "contact")),
                "the schema's tables: " + dump.tables());
        assertEquals(Set.of(visitId.toString()), new Canaries(List.of(visitId.toString())).foundIn(dump.bytes()),
                "the dump reaches the stored rows");
        assertEquals(Set.of(), new Canaries(WORDS).foundIn(dump.bytes()));
    }

    @Test
    void noFileOfTheDatabaseHoldsACanaryInTheClear() {
        DatabaseDump.flush(dataSource);

        var files = TestDatabase.instance().dataDirectory();

        assertTrue(new Canaries(List.of(visitId.toString())).foundInFilesUnder(files).size() > 0,
                "the files hold the stored visit's id, so the scan reaches what was committed");
        assertEquals(Set.of(), new Canaries(WORDS).foundInFilesUnder(files));
    }

    private static String canary(String field) {
        String word = "Canary" + field + RUN;
        WORDS.add(word);
        return word;
    }

    /** Every free-text and identifying field of the visit, each with a canary in it. */
    private static EarlyHelpVisit canaryVisit() {
        EarlyHelpVisit visit = Visits.visit(true);
        visit.getChildren().get(0).name(new PersonName(canary("ChildGiven"), canary("ChildFamily")))
                .nhsNumber(NHS_NUMBER).school(canary("School"))
                .getVoice().ownWords(canary("OwnWords")).demeanour(canary("Demeanour"))
                .wishesAndFeelings(canary("Wishes")).feelsSafeWith(canary("FeelsSafeWith"));
        visit.getChildren().add(new VisitChild(UUID.randomUUID(), new PersonName(canary("SiblingGiven"), "Smith"),
                new ChildVoice(false, false).notSpokenToReason(canary("NotSpokenToReason")))
                .dateOfBirth(LocalDate.now().minusYears(2)));
        visit.getAdults().get(0).name(new PersonName(canary("MotherGiven"), canary("MotherFamily")));
        visit.getAdults().get(1).name(new PersonName(canary("FatherGiven"), canary("FatherFamily")));
        visit.analysis(new VisitAnalysis(canary("WorkingWell"), canary("WorriedAbout"), canary("NeedsToHappen")));
        visit.getNextActions().set(0, new NextAction(canary("Action"), canary("Owner"))
                .dueOn(visit.getVisitedAt().toLocalDate().plusDays(7)));
        visit.getEscalation().reason(canary("EscalationReason"));
        visit.getPlace().addressLine(canary("Address")).town(canary("Town")).description(canary("PlaceDescription"));
        return visit;
    }
}
