package doorstep.device.sync;

import static doorstep.device.sync.SyncRig.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.ReturnHomeTaskState;
import doorstep.device.api.model.TaskNotice;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed's task notices: the newest of each task is kept on the phone, so the app lists "my tasks" offline. */
class TaskNoticesTest {

    private final MockWebServer server = new MockWebServer();
    private final UUID task = UUID.randomUUID();
    private SyncRig rig;
    private TaskNotices notices;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        rig = new SyncRig(server, store, vault, IntakeKeyPair.generate(), UUID.randomUUID());
        notices = new TaskNotices(store, vault);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void anOverdueMashActionIsNoReturnHomeInterviewAndIsNotListedAsOne() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null)
                .replace("return-home-interview", "mash-action")));

        rig.engine().sync();

        assertTrue(notices.of(task).isEmpty());
        assertEquals(List.of(), notices.open());
        assertEquals(List.of(), rig.taskNotices);
    }

    @Test
    void aNewTaskIsKeptWithItsDueTimeAndHeard() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null)));

        rig.engine().sync();

        TaskNotice kept = notices.of(task).orElseThrow();
        assertEquals(OffsetDateTime.parse("2025-03-17T06:00:00Z").toInstant(), kept.getDueAt().toInstant());
        assertEquals(List.of(kept), notices.open());
        assertEquals(List.of(kept), rig.taskNotices);
    }

    @Test
    void theNewestNoticeOfATaskWins() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null) + ","
                + notice(task, "claimed", "2025-03-14T10:00:00Z", "2025-03-17T06:00:00Z", "interviewer-1")));

        rig.engine().sync();

        assertEquals(ReturnHomeTaskState.CLAIMED, notices.of(task).orElseThrow().getState());
        assertEquals("interviewer-1", notices.of(task).orElseThrow().getAssignedTo());
    }

    @Test
    void anOlderNoticeReplayedAfterACrashChangesNothingAndIsNotHeardAgain() throws Exception {
        server.enqueue(page(notice(task, "claimed", "2025-03-14T10:00:00Z", "2025-03-17T06:00:00Z", "interviewer-1")));
        rig.engine().sync();
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null)));

        rig.engine().sync();

        assertEquals(ReturnHomeTaskState.CLAIMED, notices.of(task).orElseThrow().getState());
        assertEquals(1, rig.taskNotices.size());
    }

    @Test
    void aClosedTaskLeavesTheOpenList() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null) + ","
                + notice(task, "closed", "2025-03-15T09:00:00Z", "2025-03-17T06:00:00Z", "interviewer-1")));

        rig.engine().sync();

        assertEquals(List.of(), notices.open());
        assertEquals(ReturnHomeTaskState.CLOSED, notices.of(task).orElseThrow().getState());
    }

    @Test
    void openTasksAreListedSoonestDueFirst() throws Exception {
        UUID later = UUID.randomUUID();
        server.enqueue(page(notice(later, "open", "2025-03-14T09:00:00Z", "2025-03-17T20:00:00Z", null) + ","
                + notice(task, "open", "2025-03-14T09:05:00Z", "2025-03-17T06:00:00Z", null)));

        rig.engine().sync();

        assertEquals(List.of(task, later), notices.open().stream().map(TaskNotice::getTaskId).toList());
    }

    @Test
    void aClosedTaskIsForgottenAMonthLater() throws Exception {
        server.enqueue(page(notice(task, "closed", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", "interviewer-1") + ","
                + notice(UUID.randomUUID(), "open", "2025-04-14T09:00:01Z", "2025-04-17T06:00:00Z", null)));

        rig.engine().sync();

        assertTrue(notices.of(task).isEmpty());
    }

    @Test
    void noticesAreKeptEncrypted() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null)));

        rig.engine().sync();

        byte[] stored = rig.store.setting(DeviceSetting.TASK_NOTICES).orElseThrow();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(task.toString()));
    }

    @Test
    void theChildOfATaskOpenedHereIsKnownUntilTheTaskCloses() throws Exception {
        server.enqueue(page(notice(task, "open", "2025-03-14T09:00:00Z", "2025-03-17T06:00:00Z", null)));
        rig.engine().sync();
        assertTrue(notices.childOf(task).isEmpty(), "not named before it is opened");

        notices.rememberChild(task, new PersonName().givenName("Maya").familyName("Khan"));
        assertEquals("Maya Khan", notices.childOf(task).map(child -> child.getGivenName() + " " + child.getFamilyName())
                .orElseThrow());

        server.enqueue(page(notice(task, "closed", "2025-03-15T09:00:00Z", "2025-03-17T06:00:00Z", "interviewer-1")));
        rig.engine().sync();
        assertTrue(notices.childOf(task).isEmpty(), "forgotten once the task is done");
    }

    @Test
    void theChildsNameIsKeptEncrypted() throws Exception {
        notices.rememberChild(task, new PersonName().givenName("Marmalade").familyName("Kestrel"));

        byte[] stored = rig.store.setting(DeviceSetting.TASK_CHILDREN).orElseThrow();
        String readable = new String(stored, StandardCharsets.ISO_8859_1);
        assertFalse(readable.contains("Marmalade") || readable.contains("Kestrel") || readable.contains(task.toString()));
    }

    private static MockResponse page(String entries) {
        return json(200, "{\"entries\":[" + entries + "],\"nextCursor\":\"c1\",\"hasMore\":false}");
    }

    private static String notice(UUID taskId, String state, String at, String dueAt, String assignedTo) {
        return "{\"kind\":\"task\",\"at\":\"" + at + "\",\"task\":{\"taskId\":\"" + taskId + "\","
                + "\"taskKind\":\"return-home-interview\",\"state\":\"" + state + "\",\"dueAt\":\"" + dueAt + "\""
                + (assignedTo == null ? "" : ",\"assignedTo\":\"" + assignedTo + "\"") + "}}";
    }
}
