package doorstep.returnhome;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.PersonLink;
import doorstep.api.model.PersonLinkRelationship;
import doorstep.api.model.Rag;
import doorstep.api.model.ReturnHomeTask;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.api.model.ReturnHomeTasks;
import doorstep.api.model.CaptureKindName;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.simulator.EmulatorSignIn;
import doorstep.simulator.FlakyNetwork;
import doorstep.simulator.SimulatedDevice;
import doorstep.testing.ApiTest;
import doorstep.testing.AuthEmulator;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A missing child's return, end to end on real parts: a police phone records it offline, an
 * interviewer finds the task in the feed and the task list, claims it, and the interview sent
 * from the interviewer's phone closes it, refers the child to the MASH and links who they were with.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnHomeEndToEndTest extends ApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @TempDir
    Path policeStorage;

    @TempDir
    Path interviewerStorage;

    @Test
    void aReturnRecordedOfflineBecomesATaskThatTheInterviewClosesAndRefers() throws Exception {
        SignedIn police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner",
                "return-home-interviewer");
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Map<UUID, List<SubmissionStatus>> answers = new ConcurrentHashMap<>();
        FlakyNetwork network = new FlakyNetwork(1, 0);
        SimulatedDevice policePhone = phone(network, policeStorage, police, answers);
        SimulatedDevice interviewerPhone = phone(network, interviewerStorage, interviewer, answers);
        OffsetDateTime returnedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(5).withNano(0);

        // Given a police phone that records a child's return with no signal, and whose first answer is lost
        policePhone.enrol();
        interviewerPhone.enrol();
        network.goOffline();
        UUID taskId = policePhone.captureAndSeal(Returns.CHILD_RETURNED,
                json(Returns.childReturned("Kayla", returnedAt)));
        policePhone.restart();
        network.goOnline();
        network.loseNextAnswer();
        policePhone.syncUntilSettled(Duration.ofSeconds(30));

        // Then it was sent twice, stored once, and the service has a task due 72 hours after the return
        assertEquals(List.of(SubmissionStatus.DUPLICATE), answers.get(taskId));
        StoredRows stored = new StoredRows(dataSource);
        assertEquals(1, stored.count("SELECT COUNT(*) FROM return_episode WHERE id = ?", taskId.toString()));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM return_home_task WHERE id = ?", taskId.toString()));
        ReturnHomeTask task = api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer,
                ReturnHomeTask.class);
        assertEquals(returnedAt.plusHours(72).toInstant(), task.getDueAt().toInstant());

        // And the interviewer finds it in their feed and their task list, and claims it
        UUID interviewerDevice = interviewerPhone.deviceId();
        assertTrue(api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + interviewerDevice), interviewer,
                FeedPage.class).getEntries().stream().anyMatch(e -> e.getKind() == FeedEntryKind.TASK
                && e.getTask().getTaskId().equals(taskId)));
        assertTrue(api.call(HttpRequest.GET("/v1/return-home/tasks?limit=500"), interviewer, ReturnHomeTasks.class)
                .getTasks().stream().anyMatch(t -> t.getTaskId().equals(taskId)));
        api.call(HttpRequest.POST("/v1/return-home/tasks/" + taskId + "/claim", ""), interviewer, ReturnHomeTask.class);

        // When the interview, with three signs of exploitation, is sent from the interviewer's phone
        UUID interviewId = interviewerPhone.captureAndSeal(Returns.INTERVIEW, json(Returns.interview(taskId, 3)));
        interviewerPhone.syncUntilSettled(Duration.ofSeconds(30));

        // Then the task is closed by it
        assertEquals(List.of(SubmissionStatus.ACCEPTED), answers.get(interviewId));
        ReturnHomeTask closed = api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer,
                ReturnHomeTask.class);
        assertEquals(ReturnHomeTaskState.CLOSED, closed.getState());
        assertEquals(interviewId, closed.getInterviewId());
        assertEquals(interviewer.uid(), closed.getAssignedTo());

        // And the MASH has one red contact for the interview, showing the interview and its task
        ContactSummary contact = Referrer.contactFor(api, triager, interviewId);
        assertEquals(CaptureKindName.RETURN_HOME_INTERVIEW, contact.getKind());
        assertEquals(Rag.RED, contact.getRag());
        assertEquals(List.of("Signs of exploitation at or above the threshold on the exploitation signs checklist"),
                contact.getRagReasons());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact WHERE submission_id = ?", interviewId.toString()));
        ContactDetail detail = Referrer.openContact(api, triager, interviewId);
        assertEquals(Returns.CHILD_WORDS, detail.getReturnInterview().getInterview().getVoice().getOwnWords());
        assertEquals(taskId, detail.getReturnInterview().getTask().getTaskId());
        assertEquals(ReturnHomeTaskState.CLOSED, detail.getReturnInterview().getTask().getState());

        // And on the child's network, the man she was with is linked as posing a risk to her
        assertEquals("Kayla", detail.getChildNetworks().get(0).getPerson().getName().getGivenName());
        PersonLink dean = detail.getChildNetworks().get(0).getLinks().stream()
                .filter(l -> l.getPerson().getName().getGivenName().equals("Dean")).findFirst().orElseThrow();
        assertEquals(PersonLinkRelationship.POSES_A_RISK_TO_THEM, dean.getRelationship());
        PersonLink mia = detail.getChildNetworks().get(0).getLinks().stream()
                .filter(l -> l.getPerson().getName().getGivenName().equals("Mia")).findFirst().orElseThrow();
        assertEquals(PersonLinkRelationship.ASSOCIATE, mia.getRelationship());
        policePhone.close();
        interviewerPhone.close();
    }

    @Test
    void aSecondInterviewIsStoredButLeavesTheTaskAsTheFirstClosedIt() {
        SignedIn police = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn interviewer = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner",
                "return-home-interviewer");
        var policeDevice = api.enrol(police);
        var interviewerDevice = api.enrol(interviewer);
        UUID taskId = UUID.randomUUID();
        Returns.send(api, police, policeDevice, Returns.CHILD_RETURNED, Returns.childReturned(), taskId);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        Returns.send(api, interviewer, interviewerDevice, Returns.INTERVIEW, Returns.interview(taskId, 0), first);
        var result = Returns.send(api, interviewer, interviewerDevice, Returns.INTERVIEW, Returns.interview(taskId, 0),
                second);

        assertEquals(doorstep.api.model.SubmissionStatus.ACCEPTED, result.getStatus());
        ReturnHomeTask task = api.call(HttpRequest.GET("/v1/return-home/tasks/" + taskId), interviewer,
                ReturnHomeTask.class);
        assertEquals(first, task.getInterviewId());
        assertEquals(0, new StoredRows(dataSource).count("SELECT COUNT(*) FROM contact WHERE submission_id IN (?, ?)",
                first.toString(), second.toString()), "no signs, not referred: no contact");
    }

    private SimulatedDevice phone(FlakyNetwork network, Path storage, SignedIn user,
                                  Map<UUID, List<SubmissionStatus>> answers) throws Exception {
        return SimulatedDevice.on(network, storage, server.getURL().toString(),
                new EmulatorSignIn(AuthEmulator.host(), user.email(), EmulatorUsers.PASSWORD, Clock.systemUTC()),
                (id, status) -> answers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(status));
    }

    private static String json(Object capture) {
        return new String(Captures.json(capture), StandardCharsets.UTF_8);
    }
}
