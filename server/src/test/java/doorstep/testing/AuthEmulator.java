package doorstep.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The Firebase Auth emulator for the whole test run: started once per JVM from the copy
 * ./doorstep installs in tools/node_modules, or taken from DOORSTEP_TEST_AUTH_EMULATOR_HOST.
 */
public final class AuthEmulator {

    public static final String PROJECT_ID = "demo-doorstep";
    private static final Path TOOLS = Path.of("..", "tools").toAbsolutePath().normalize();
    private static String host;

    private AuthEmulator() {
    }

    public static synchronized String host() {
        if (host == null) {
            String given = System.getenv("DOORSTEP_TEST_AUTH_EMULATOR_HOST");
            host = given != null && !given.isBlank() ? given : start();
        }
        return host;
    }

    private static String start() {
        Running emulator = launch(Path.of("target", "auth-emulator").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "auth-emulator-stop"));
        return emulator.address();
    }

    /** An emulator process of its own, configured and logging under {@code folder}. */
    record Running(String address, Process process) {
        void stop() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    static Running launch(Path folder) {
        Path firebase = TOOLS.resolve("node_modules/.bin/firebase");
        if (!Files.isExecutable(firebase)) {
            throw new IllegalStateException("The Firebase Auth emulator is not installed at " + firebase
                    + "; run the tests with ./doorstep test, which installs it");
        }
        try {
            int port = freePort();
            // The hub and logging emulators otherwise take 4400 and 4500, so a second emulator on
            // this machine (./doorstep run, another test run) would die at start.
            int hubPort = freePort();
            int loggingPort = freePort();
            Files.createDirectories(folder.resolve("xdg"));
            Files.writeString(folder.resolve("firebase.json"), """
                    {"emulators": {"auth": {"host": "127.0.0.1", "port": %d},
                     "hub": {"host": "127.0.0.1", "port": %d}, "logging": {"host": "127.0.0.1", "port": %d},
                     "ui": {"enabled": false}, "singleProjectMode": true}}""".formatted(port, hubPort, loggingPort));
            ProcessBuilder builder = new ProcessBuilder(firebase.toString(), "emulators:start", "--only", "auth",
                    "--project", PROJECT_ID, "--config", folder.resolve("firebase.json").toString())
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("emulator.log").toFile());
            builder.environment().put("CI", "1");
            builder.environment().put("NO_UPDATE_NOTIFIER", "1");
            builder.environment().put("XDG_CONFIG_HOME", folder.resolve("xdg").toString());
            Process process = builder.start();
            Running running = new Running("127.0.0.1:" + port, process);
            try {
                awaitReady(running.address(), process, folder.resolve("emulator.log"));
            } catch (RuntimeException | IOException e) {
                running.stop();
                throw e;
            }
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Firebase Auth emulator", e);
        }
    }

    private static void awaitReady(String address, Process process, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Auth emulator exited; its log:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://" + address + "/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for the Auth emulator", e);
            }
            sleep();
        }
        throw new IllegalStateException("The Auth emulator was not ready within 90 s; its log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
