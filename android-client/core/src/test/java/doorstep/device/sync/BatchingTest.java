package doorstep.device.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.OutboxState;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchingTest {

    private final MockWebServer server = new MockWebServer();
    private final List<Integer> batchSizes = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void itemsArePushedInBatchesTheServerFinishesWellWithinItsBudget() throws Exception {
        server.setDispatcher(new AcceptEverything());
        server.start();
        InMemoryOutboxStore store = new InMemoryOutboxStore();
        SyncRig rig = new SyncRig(server, store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()),
                IntakeKeyPair.generate(), UUID.randomUUID());
        for (int i = 0; i < 51; i++) {
            rig.sealedIncident();
        }

        SyncReport report = rig.engine().sync();

        assertEquals(List.of(25, 25, 1), batchSizes);
        assertEquals(51, report.receipted());
        assertEquals(51, rig.outbox.inState(OutboxState.RECEIPTED).size());
    }

    /** Accepts every item of every batch, and serves an empty feed. */
    private final class AcceptEverything extends Dispatcher {

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!"POST".equals(request.getMethod())) {
                return SyncRig.emptyFeed("end");
            }
            JsonArray items = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject().getAsJsonArray("items");
            batchSizes.add(items.size());
            StringBuilder results = new StringBuilder("{\"results\":[");
            for (JsonElement item : items) {
                String id = item.getAsJsonObject().get("submissionId").getAsString();
                results.append(results.charAt(results.length() - 1) == '[' ? "" : ",")
                        .append("{\"submissionId\":\"").append(id).append("\",\"status\":\"accepted\",")
                        .append("\"receiptId\":\"").append(UUID.randomUUID()).append("\"}");
            }
            return SyncRig.json(200, results.append("]}").toString());
        }
    }
}
