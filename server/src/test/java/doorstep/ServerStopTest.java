package doorstep;

import doorstep.testing.AuthEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as `./doorstep run` starts it, on its embedded database, stopped as Ctrl-C or an
 * orchestrator stops it (SIGTERM): it ends promptly and takes its database with it. Its exit hook and
 * Micronaut's once took their locks in opposite orders and the process never ended.
 */
class ServerStopTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aTerminatedServerEndsPromptlyAndItsDatabaseWithIt(@TempDir Path home) throws Exception {
        int port = freePort();
        Path log = home.resolve("server.log");
        Files.createDirectories(home.resolve("tmp"));
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + home.resolve("tmp"), "-Ddoorstep.home=" + home,
                "-Dmicronaut.environments=test", "-Dmicronaut.server.port=" + port,
                "-Ddoorstep.identity.auth-emulator-host=" + AuthEmulator.host(),
                "-Ddoorstep.audit.checkpoint.dir=" + home.resolve("checkpoints"),
                "doorstep.Application")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(healthyWithin(port, Duration.ofMinutes(2), server), () -> "the server started; its log:\n" + read(log));
            List<ProcessHandle> database = server.descendants().toList();
            assertFalse(database.isEmpty(), "the embedded database runs as the server's child");

            server.destroy();

            assertTrue(server.waitFor(30, TimeUnit.SECONDS), () -> "ended within 30 s of SIGTERM; its log:\n" + read(log));
            assertTrue(database.stream().noneMatch(ProcessHandle::isAlive), "its database ended with it");
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    private static boolean healthyWithin(int port, Duration limit, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/management/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
