package doorstep.returnhome;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.api.model.ReturnHomeTasks;
import doorstep.api.model.SubmissionStatus;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child's return opens a return home interview task for the tenant's service, due 72 real hours
 * later, which interviewers list, read and claim, managers see once late, and no one else reaches.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnHomeTasksTest extends ApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    DataSource dataSource;

    StoredRows stored;
    SignedIn police;
    DeviceEnrolment policePhone;
    SignedIn interviewer;
    SignedIn manager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        policePhone = api.enrol(police);
        interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner", "return-home-interviewer");
        manager = EmulatorUsers.signedIn(TENANT, "return-home-service", "return-home-manager");
    }

    @Test
    void aReturnOpensATaskDueSeventyTwoHoursLaterAndNoContact() {
        OffsetDateTime returnedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0);

        UUID taskId = recordReturn(returnedAt);

        ReturnHomeTask task = get(taskId);
        assertEquals(ReturnHomeTaskState.OPEN, task.getState());
        assertEquals("Kayla", task.getChild().getGivenName());
        assertEquals(returnedAt.plusHours(72).toInstant(), task.getDueAt().toInstant());
        assertFalse(task.getOverdue());
        assertTrue(Math.abs(task.getSecondsLeft() - Duration.ofHours(70).toSeconds()) < 120);
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact WHERE submission_id = ?", taskId.toString()),
                "the notice alone is not a contact");
    }

    @Test
    void aReturnOnFridayEveningIsDueOnMondayEvening() {
        OffsetDateTime friday = LocalDateTime.of(2026, 11, 13, 18, 0).atZone(LONDON).toOffsetDateTime();

        ReturnHomeTask task = get(recordReturn(friday));

        assertEquals(LocalDateTime.of(2026, 11, 16, 18, 0), task.getDueAt().atZoneSameInstant(LONDON).toLocalDateTime());
    }

    @Test
    void aReturnOnTheWeekendTheClocksGoBackIsDueSeventyTwoElapsedHoursLater() {
        OffsetDateTime friday = LocalDateTime.of(2026, 10, 23, 18, 0).atZone(LONDON).toOffsetDateTime();

        ReturnHomeTask task = get(recordReturn(friday));

        assertEquals(LocalDateTime.of(2026, 10, 26, 17, 0), task.getDueAt().atZoneSameInstant(LONDON).toLocalDateTime(),
                "72 real hours: the hour the clocks went back is counted");
        assertEquals(Duration.ofHours(72), Duration.between(friday.toInstant(), task.getDueAt().toInstant()));
    }

    @Test
    void managersAndInterviewersSeeATaskUnderLateOnlyOncePastDue() {
        UUID pastDue = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(73));
        UUID notYet = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(71));

        List<UUID> late = ids(api.call(HttpRequest.GET("/v1/return-home/tasks?state=late&limit=500"), manager,
                ReturnHomeTasks.class));

        assertTrue(late.contains(pastDue));
        assertFalse(late.contains(notYet));
        assertTrue(get(pastDue).getOverdue());
        assertTrue(get(pastDue).getSecondsLeft() < 0);
        assertTrue(ids(api.call(HttpRequest.GET("/v1/return-home/tasks?state=late&limit=500"), interviewer,
                ReturnHomeTasks.class)).contains(pastDue), "an interviewer sees the same tasks overdue in the open list");
    }

    @Test
    void interviewersListOpenTasksSoonestDueFirst() {
        UUID later = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        UUID sooner = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(3));

        List<UUID> open = ids(api.call(HttpRequest.GET("/v1/return-home/tasks?limit=500"), interviewer,
                ReturnHomeTasks.class));

        assertTrue(open.indexOf(sooner) < open.indexOf(later) && open.indexOf(sooner) >= 0);
    }

    @Test
    void anInterviewerClaimsATaskAndNoOtherInterviewerCanTakeIt() {
        UUID taskId = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        SignedIn colleague = EmulatorUsers.signedIn(TENANT, "return-home-service", "return-home-interviewer");

        ReturnHomeTask claimed = claim(taskId, interviewer);
        ReturnHomeTask again = claim(taskId, interviewer);

        assertEquals(ReturnHomeTaskState.CLAIMED, claimed.getState());
        assertEquals(interviewer.uid(), claimed.getAssignedTo());
        assertEquals(interviewer.uid(), again.getAssignedTo());
        assertEquals("/problems/task-not-claimable", api.refusal(HttpRequest.POST(
                "/v1/return-home/tasks/" + taskId + "/claim", ""), colleague, 409).get("type"));
        assertEquals("/problems/forbidden", api.refusal(HttpRequest.POST(
                "/v1/return-home/tasks/" + taskId + "/claim", ""), manager, 403).get("type"), "managers read, not claim");
    }

    @Test
    void otherRolesCannotReachTheTasks() {
        UUID taskId = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        for (SignedIn other : List.of(police, triager)) {
            assertEquals("/problems/forbidden", api.refusal(HttpRequest.GET("/v1/return-home/tasks"), other, 403)
                    .get("type"));
            assertEquals("/problems/forbidden", api.refusal(HttpRequest.GET("/v1/return-home/tasks/" + taskId), other,
                    403).get("type"));
            assertEquals("/problems/forbidden", api.refusal(HttpRequest.POST(
                    "/v1/return-home/tasks/" + taskId + "/claim", ""), other, 403).get("type"));
        }
    }

    @Test
    void everyReadOfATaskIsAudited() {
        UUID taskId = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

        get(taskId);
        api.call(HttpRequest.GET("/v1/return-home/tasks?limit=500"), manager, ReturnHomeTasks.class);

        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? AND action = 'task.read' "
                + "AND actor_uid = ?", taskId.toString(), interviewer.uid()));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? AND action = 'task.read' "
                + "AND actor_uid = ?", taskId.toString(), manager.uid()));
    }

    @Test
    void interviewersFindEachTaskInTheirFeedWithoutTheChildsName() {
        DeviceEnrolment phone = api.enrol(interviewer);
        UUID taskId = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        claim(taskId, interviewer);

        List<FeedEntry> notices = taskNotices(interviewer, phone, taskId);

        assertEquals(List.of(ReturnHomeTaskState.OPEN, ReturnHomeTaskState.CLAIMED),
                notices.stream().map(n -> n.getTask().getState()).toList());
        assertNull(notices.get(0).getTask().getAssignedTo());
        assertEquals(interviewer.uid(), notices.get(1).getTask().getAssignedTo());
        assertEquals(get(taskId).getDueAt().toInstant(), notices.get(0).getTask().getDueAt().toInstant());
        assertFalse(rawFeed(interviewer, phone).contains("Kayla"));
        assertEquals(List.of(), taskNotices(police, policePhone, taskId), "the police officer is not the service");
    }

    @Test
    void anotherTenantsInterviewerNeitherFindsNorReadsNorClaimsTheTask() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "return-home-service", "practitioner",
                "return-home-interviewer", "return-home-manager");
        DeviceEnrolment elsewherePhone = api.enrol(elsewhere);
        UUID taskId = recordReturn(OffsetDateTime.now(ZoneOffset.UTC).minusHours(80));

        for (String state : List.of("open", "late", "closed")) {
            assertFalse(ids(api.call(HttpRequest.GET("/v1/return-home/tasks?limit=500&state=" + state), elsewhere,
                    ReturnHomeTasks.class)).contains(taskId), state);
        }
        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/return-home/tasks/" + taskId),
                elsewhere, 404).get("type"));
        assertEquals("/problems/not-found", api.refusal(HttpRequest.POST("/v1/return-home/tasks/" + taskId + "/claim",
                ""), elsewhere, 404).get("type"));
        assertEquals(List.of(), taskNotices(elsewhere, elsewherePhone, taskId), "feed notices stay in their tenant");
        assertEquals(ReturnHomeTaskState.OPEN, get(taskId).getState(), "nothing the other tenant did changed it");
    }

    private List<FeedEntry> taskNotices(SignedIn user, DeviceEnrolment phone, UUID taskId) {
        return api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + phone.getDeviceId()), user, FeedPage.class)
                .getEntries().stream()
                .filter(e -> e.getKind() == FeedEntryKind.TASK && e.getTask().getTaskId().equals(taskId))
                .toList();
    }

    private String rawFeed(SignedIn user, DeviceEnrolment phone) {
        return api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + phone.getDeviceId()), user, String.class);
    }

    private UUID recordReturn(OffsetDateTime returnedAt) {
        UUID id = UUID.randomUUID();
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, police, policePhone, Returns.CHILD_RETURNED,
                Returns.childReturned("Kayla", returnedAt), id).getStatus());
        return id;
    }

    private ReturnHomeTask get(UUID taskId) {
        return api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer, ReturnHomeTask.class);
    }

    private ReturnHomeTask claim(UUID taskId, SignedIn user) {
        return api.call(HttpRequest.POST("/v1/return-home/tasks/" + taskId + "/claim", ""), user, ReturnHomeTask.class);
    }

    private static List<UUID> ids(ReturnHomeTasks tasks) {
        return tasks.getTasks().stream().map(ReturnHomeTask::getTaskId).toList();
    }
}
