package doorstep.device.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class PushLimitsTest {

    @Test
    void phoneWaitsForAPushLongerThanTheServerWorksOnIt() {
        Duration slowestItem = Duration.ofSeconds(20);

        assertEquals(Duration.ofSeconds(20), PushLimits.SERVER_BUDGET, "as api-spec/doorstep.yaml documents it");
        assertTrue(PushLimits.READ_TIMEOUT.compareTo(PushLimits.SERVER_BUDGET.plus(slowestItem)) >= 0);
    }

    @Test
    void clientsBuiltForSyncCarryTheReadTimeout() {
        OkHttpClient client = PushLimits.timeouts(new OkHttpClient.Builder()).build();

        assertEquals(PushLimits.READ_TIMEOUT.toMillis(), client.readTimeoutMillis());
        assertEquals(PushLimits.WRITE_TIMEOUT.toMillis(), client.writeTimeoutMillis());
        assertEquals(PushLimits.CONNECT_TIMEOUT.toMillis(), client.connectTimeoutMillis());
    }
}
