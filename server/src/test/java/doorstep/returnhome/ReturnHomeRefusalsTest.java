package doorstep.returnhome;

import doorstep.api.model.ChildReturned;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Returns;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A child-returned notice or an interview that does not fit is refused per item with a problem
 * the sender can act on, and nothing of it is stored: no episode, no interview, no people, no
 * contact, and the task stays as it was.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnHomeRefusalsTest extends ApiTest {

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn police;
    DeviceEnrolment policePhone;
    SignedIn interviewer;
    DeviceEnrolment interviewerPhone;
    UUID taskId;
    OffsetDateTime returnedAt;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        policePhone = api.enrol(police);
        interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner", "return-home-interviewer");
        interviewerPhone = api.enrol(interviewer);
        returnedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(100).withNano(0);
        taskId = UUID.randomUUID();
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, police, policePhone, Returns.CHILD_RETURNED,
                Returns.childReturned("Kayla", returnedAt), taskId).getStatus());
    }

    @Test
    void aReturnBeforeTheChildWentMissingIsRefused() {
        ChildReturned notice = Returns.childReturned();
        notice.missingFrom(notice.getReturnedAt().plusMinutes(1));
        UUID id = UUID.randomUUID();

        SubmissionResult result = Returns.send(api, police, policePhone, Returns.CHILD_RETURNED, notice, id);

        assertRefused(result, "/problems/invalid-capture", List.of("returnedAt"));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM return_episode WHERE id = ?", id.toString())
                + stored.count("SELECT COUNT(*) FROM return_home_task WHERE id = ?", id.toString())
                + stored.count("SELECT COUNT(*) FROM person_mention WHERE source_id = ?", id.toString())
                + stored.rowsFor(id));
    }

    @Test
    void aReturnInTheFutureIsRefused() {
        ChildReturned notice = Returns.childReturned("Kayla", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        UUID id = UUID.randomUUID();

        assertRefused(Returns.send(api, police, policePhone, Returns.CHILD_RETURNED, notice, id),
                "/problems/invalid-capture", List.of("returnedAt"));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM return_episode WHERE id = ?", id.toString()));
    }

    @Test
    void anInterviewNamingNoTaskOnRecordIsRefused() {
        assertInterviewRefused(Returns.interview(UUID.randomUUID(), 0), "/problems/unknown-return-task", null);
    }

    @Test
    void anInterviewNamingAnotherTenantsTaskIsRefusedAsUnknown() {
        SignedIn otherPolice = EmulatorUsers.signedIn(OTHER_TENANT, "police", "practitioner");
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        UUID otherTask = UUID.randomUUID();
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, otherPolice, api.enrol(otherPolice),
                Returns.CHILD_RETURNED, Returns.childReturned(), otherTask).getStatus());

        assertInterviewRefused(Returns.interview(otherTask, 0), "/problems/unknown-return-task", null);
    }

    @Test
    void anInterviewBeforeTheReturnIsRefused() {
        assertInterviewRefused(Returns.interview(taskId, returnedAt.minusMinutes(1), 0), "/problems/invalid-capture",
                "interviewedAt");
    }

    @Test
    void anInterviewMoreThanSeventyTwoHoursAfterTheReturnNeedsTheReasonItWasLate() {
        assertInterviewRefused(Returns.interview(taskId, returnedAt.plusHours(72).plusMinutes(1), 0),
                "/problems/invalid-capture", "lateReason");
    }

    @Test
    void anInterviewMadeWithAnUnknownChecklistVersionIsRefused() {
        ReturnHomeInterview interview = Returns.interview(taskId, 0).lateReason("Child was away with family");
        interview.getExploitation().checklistVersion("2031.9");

        assertInterviewRefused(interview, "/problems/unknown-definition-version", null);
    }

    @Test
    void signsOfExploitationWithoutAReferralAreRefused() {
        ReturnHomeInterview interview = Returns.interview(taskId, 2).lateReason("Child was away with family");
        interview.getReferral().refer(false).reason(null);

        SubmissionResult result = assertInterviewRefused(interview, "/problems/invalid-capture", "referral.refer");
        assertEquals("Signs of exploitation were recorded: refer to the MASH",
                result.getProblem().getViolations().get(0).getMessage());
    }

    @Test
    void aReferralForSignsOfExploitationNeedsItsReason() {
        ReturnHomeInterview interview = Returns.interview(taskId, 1).lateReason("Child was away with family");
        interview.getReferral().reason(null);

        assertInterviewRefused(interview, "/problems/invalid-capture", "referral.reason");
    }

    @Test
    void aChildSpokenToNeedsTheirOwnWords() {
        ReturnHomeInterview interview = Returns.interview(taskId, 0).lateReason("Child was away with family");
        interview.getVoice().ownWords(" ");

        assertInterviewRefused(interview, "/problems/invalid-capture", "voice.ownWords");
    }

    @Test
    void aChildNotSpokenToNeedsTheReasonWhyNot() {
        ReturnHomeInterview interview = Returns.interview(taskId, 0).lateReason("Child was away with family");
        interview.getVoice().spokenTo(false).spokenToAlone(null).ownWords(null).notSpokenToReason(null);

        assertInterviewRefused(interview, "/problems/invalid-capture", "voice.notSpokenToReason");
    }

    private SubmissionResult assertInterviewRefused(ReturnHomeInterview interview, String type, String field) {
        UUID id = UUID.randomUUID();
        long mentionsBefore = stored.count("SELECT COUNT(*) FROM person_mention");

        SubmissionResult result = Returns.send(api, interviewer, interviewerPhone, Returns.INTERVIEW, interview, id);

        assertRefused(result, type, field == null ? null : List.of(field));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM return_interview WHERE id = ?", id.toString())
                + stored.rowsFor(id), "no interview, receipt or contact");
        assertEquals(mentionsBefore, stored.count("SELECT COUNT(*) FROM person_mention"), "no one filed");
        ReturnHomeTask task = api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer,
                ReturnHomeTask.class);
        assertEquals(ReturnHomeTaskState.OPEN, task.getState(), "the task is still open");
        return result;
    }

    private static void assertRefused(SubmissionResult result, String type, List<String> fields) {
        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals(type, result.getProblem().getType());
        if (fields != null) {
            assertEquals(fields, result.getProblem().getViolations().stream().map(Violation::getField).toList());
        }
    }
}
