package doorstep.testing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * ./doorstep run and ./doorstep test, or two runs on different ports, each start an emulator on
 * one machine. Started at the same moment on the emulators' default hub and logging ports, one of
 * the two died with "An unexpected error has occurred".
 */
class AuthEmulatorTest {

    @Test
    void twoEmulatorsStartedAtOnceBothAnswer() throws Exception {
        CompletableFuture<AuthEmulator.Running> first = CompletableFuture.supplyAsync(() -> launch("first"));
        CompletableFuture<AuthEmulator.Running> second = CompletableFuture.supplyAsync(() -> launch("second"));
        try {
            assertNotEquals(first.join().address(), second.join().address());
            assertEquals(200, statusOf(first.join().address()));
            assertEquals(200, statusOf(second.join().address()));
        } finally {
            first.thenAccept(AuthEmulator.Running::stop);
            second.thenAccept(AuthEmulator.Running::stop);
        }
    }

    private static AuthEmulator.Running launch(String name) {
        return AuthEmulator.launch(Path.of("target", "auth-emulator-" + name).toAbsolutePath());
    }

    private static int statusOf(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
