package doorstep.device.sync;

import static doorstep.device.sync.SyncRig.emptyFeed;
import static doorstep.device.sync.SyncRig.problem;
import static doorstep.device.sync.SyncRig.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.OutboxState;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncJobTest {

    private final MockWebServer server = new MockWebServer();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private SyncRig rig;
    private SyncJob job;

    private record Scheduled(JobRun run, Duration delay) {
    }

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        rig = new SyncRig(server, store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()),
                IntakeKeyPair.generate(), UUID.randomUUID());
        job = new SyncJob(rig.engine(), (spec, run, delay) -> scheduled.add(new Scheduled(run, delay)),
                SyncRig.BACKOFF, rig.clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void deliveredEverythingSucceeds() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(result(id, "accepted"));
        server.enqueue(emptyFeed("c1"));

        assertEquals(JobResult.SUCCESS, job.run(JobRun.first(rig.clock.instant())));
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void unreachableServerIsTriedAgainWhenTheItemIsDue() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(new MockResponse().setResponseCode(502));

        JobResult result = job.run(JobRun.first(rig.clock.instant()));

        assertEquals(JobResult.RETRY, result);
        Scheduled next = scheduled.get(0);
        assertEquals(2, next.run().attempt());
        assertEquals(Duration.between(rig.clock.instant(), rig.item(id).nextAttemptAt()), next.delay());
    }

    @Test
    void jobGivesUpWhenAttemptsRunOutButKeepsTheItems() throws Exception {
        UUID id = rig.sealedIncident();
        server.enqueue(new MockResponse().setResponseCode(503));
        JobRun last = new JobRun(JobRun.CURRENT_VERSION, SyncRig.BACKOFF.maxAttempts(), rig.clock.instant());

        assertEquals(JobResult.FAILURE, job.run(last));
        assertTrue(scheduled.isEmpty());
        assertEquals(OutboxState.SENT, rig.item(id).state());
    }

    @Test
    void signInNeededFailsWithoutRetrying() throws Exception {
        rig.sealedIncident();
        server.enqueue(problem(401, "Sign in again", "The ID token has expired."));

        assertEquals(JobResult.FAILURE, job.run(JobRun.first(rig.clock.instant())));
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void enqueueAsksForAnImmediateNetworkRun() {
        job.enqueue();

        assertEquals(new Scheduled(JobRun.first(rig.clock.instant()), Duration.ZERO), scheduled.get(0));
        assertTrue(job.spec().needsNetwork());
        assertEquals(SyncJob.FACTORY_KEY, job.spec().factoryKey());
    }
}
