package doorstep.device.sync;

import static doorstep.device.sync.SyncRig.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.api.model.Outcome;
import doorstep.device.crypto.LocalVault;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phones in the field run older builds than the server: a feed carrying a kind of entry, a field or an
 * outcome added after this build is still read, and the rest of the page is not lost.
 */
class NewerServerTest {

    private final MockWebServer server = new MockWebServer();
    private final UUID submission = UUID.randomUUID();
    private final UUID laterSubmission = UUID.randomUUID();
    private SyncRig rig;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        rig = new SyncRig(server, store, vault, IntakeKeyPair.generate(), UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void aFeedWithAKindFieldAndOutcomeFromALaterServerIsStillRead() throws Exception {
        server.enqueue(json(200, "{\"entries\":["
                + "{\"kind\":\"something-new\",\"at\":\"2025-03-14T09:00:00Z\",\"somethingNew\":{\"id\":1}},"
                + outcome(submission, "no-further-action", ",\"addedLater\":\"x\"") + ","
                + outcome(laterSubmission, "an-outcome-added-later", "")
                + "],\"nextCursor\":\"c1\",\"hasMore\":false}"));

        rig.engine().sync();

        assertEquals(Outcome.NO_FURTHER_ACTION, rig.outcomes.of(submission).orElseThrow());
        assertEquals(Outcome.UNKNOWN_DEFAULT_OPEN_API, rig.outcomes.of(laterSubmission).orElseThrow());
        assertTrue(server.getRequestCount() >= 1);
    }

    private static String outcome(UUID submissionId, String outcome, String extraField) {
        return "{\"kind\":\"referral-outcome\",\"at\":\"2025-03-14T10:00:00Z\",\"outcome\":{\"submissionId\":\""
                + submissionId + "\",\"contactId\":\"" + UUID.randomUUID() + "\",\"outcome\":\"" + outcome
                + "\",\"decidedAt\":\"2025-03-14T10:00:00Z\"" + extraField + "}}";
    }
}
