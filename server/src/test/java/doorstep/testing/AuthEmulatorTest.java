package doorstep.testing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** ./doorstep run and ./doorstep test, or two test runs, each start an emulator on one machine. */
class AuthEmulatorTest {

    @Test
    void aSecondEmulatorStartsBesideTheFirstAndBothAnswer() throws Exception {
        String first = AuthEmulator.host();

        AuthEmulator.Running second = AuthEmulator.launch(Path.of("target", "auth-emulator-second").toAbsolutePath());
        try {
            assertNotEquals(first, second.address());
            assertEquals(200, statusOf(first));
            assertEquals(200, statusOf(second.address()));
        } finally {
            second.stop();
        }
    }

    private static int statusOf(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
