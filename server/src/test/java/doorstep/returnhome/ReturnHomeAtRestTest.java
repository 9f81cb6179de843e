package doorstep.returnhome;

import doorstep.api.model.ChildReturned;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.PersonName;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.DatabaseDump;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing typed into a child-returned notice or a return home interview is readable at rest:
 * after every free-text field carried a canary word, neither a dump of every column nor the
 * database's files hold one in the clear, while the interviewer and the triager read them back.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnHomeAtRestTest extends ApiTest {

    private static final String RUN = new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private static final List<String> WORDS = new ArrayList<>();

    @Inject
    DataSource dataSource;

    UUID taskId;
    UUID interviewId;
    SignedIn interviewer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        SignedIn police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner", "return-home-interviewer");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        DeviceEnrolment policePhone = api.enrol(police);
        DeviceEnrolment interviewerPhone = api.enrol(interviewer);
        taskId = UUID.randomUUID();
        interviewId = UUID.randomUUID();
        OffsetDateTime returnedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(80);

        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, police, policePhone, Returns.CHILD_RETURNED,
                canaryNotice(returnedAt), taskId).getStatus());
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, interviewer, interviewerPhone, Returns.INTERVIEW,
                canaryInterview(), interviewId).getStatus());
    }

    @Test
    void theInterviewerAndTheTriagerReadTheWordsBack() {
        ReturnHomeTask task = api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer,
                ReturnHomeTask.class);
        ContactDetail detail = Referrer.openContact(api, triager, interviewId);

        assertEquals(canaryWord("ChildGiven"), task.getChild().getGivenName());
        assertEquals(canaryWord("WhereFound"), task.getWhereFound().getAddressLine());
        assertEquals(canaryWord("Whereabouts"), detail.getReturnInterview().getInterview().getWhereabouts());
        assertEquals(canaryWord("OwnWords"), detail.getReturnInterview().getInterview().getVoice().getOwnWords());
    }

    @Test
    void noColumnOfAnyTableHoldsACanaryInTheClear() {
        DatabaseDump dump = DatabaseDump.of(dataSource);

        assertTrue(dump.tables().containsAll(List.of("return_episode", "return_interview", "return_home_task")));
        assertEquals(Set.of(interviewId.toString()), new Canaries(List.of(interviewId.toString())).foundIn(dump.bytes()),
                "the dump reaches the stored rows");
        assertEquals(Set.of(), new Canaries(WORDS).foundIn(dump.bytes()));
    }

    @Test
    void noFileOfTheDatabaseHoldsACanaryInTheClear() {
        DatabaseDump.flush(dataSource);

        var files = TestDatabase.instance().dataDirectory();

        assertTrue(new Canaries(List.of(interviewId.toString())).foundInFilesUnder(files).size() > 0,
                "the scan reaches what was committed");
        assertEquals(Set.of(), new Canaries(WORDS).foundInFilesUnder(files));
    }

    private static String canary(String field) {
        String word = canaryWord(field);
        WORDS.add(word);
        return word;
    }

    private static String canaryWord(String field) {
        return "Canary" + field + RUN;
    }

    /** Every free-text field of the notice, each with a canary in it. */
    private static ChildReturned canaryNotice(OffsetDateTime returnedAt) {
        ChildReturned notice = Returns.childReturned("x", returnedAt);
        notice.getChild().name(new PersonName(canary("ChildGiven"), canary("ChildFamily"))).school(canary("School"));
        notice.reportedBy(canary("ReportedBy")).policeReference(canary("PoliceRef"));
        notice.getWhereFound().addressLine(canary("WhereFound")).town(canary("FoundTown"))
                .description(canary("FoundDescription"));
        return notice;
    }

    /** Every free-text field of the interview, each with a canary in it. */
    private ReturnHomeInterview canaryInterview() {
        ReturnHomeInterview interview = Returns.interview(taskId, 3).whereabouts(canary("Whereabouts"))
                .factorsNotes(canary("FactorsNotes")).lateReason(canary("LateReason")).offeredBy(canary("OfferedBy"));
        interview.getVoice().ownWords(canary("OwnWords")).demeanour(canary("Demeanour"))
                .wishesAndFeelings(canary("Wishes")).feelsSafeWith(canary("FeelsSafeWith"));
        interview.getPeopleWith().get(0).name(new PersonName(canary("WithGiven"), canary("WithFamily")))
                .description(canary("WithDescription"));
        interview.getReferral().reason(canary("ReferralReason"));
        interview.getExploitation().interviewerJudgementHigh(true).judgementReason(canary("JudgementReason"));
        return interview;
    }
}
