package doorstep.field.testing;

import doorstep.device.account.AuthEndpoint;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Doorstep as {@code ./doorstep run} starts it, for the app's end-to-end test: the Firebase
 * Auth emulator and the server's runnable jar (dev environment: embedded MariaDB, the demo tenant and
 * its users), each a child process on a free port, all under target/live-doorstep, which each start
 * empties. The build passes the jar's path and the repository root (android-client/app/pom.xml).
 */
public final class LiveDoorstep implements AutoCloseable {

    /** The demo users' password (the server's DemoTenant). */
    public static final String PASSWORD = "doorstep-demo";
    public static final String OFFICER = "officer@demo.doorstep.test";
    public static final String TRIAGER = "triager@demo.doorstep.test";

    private final List<Process> processes = new ArrayList<>();
    private final Path home = Path.of("target", "live-doorstep").toAbsolutePath();
    private String authHost;
    private String serverAddress;

    private LiveDoorstep() {
    }

    /** Starts the emulator, then the server signing in through it; both stop at {@link #close()}. */
    public static LiveDoorstep start() {
        LiveDoorstep doorstep = new LiveDoorstep();
        // Should the test JVM end without the test's own close, no process outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(doorstep::close, "live-doorstep-stop"));
        try {
            doorstep.emptyHome();
            Instant begun = Instant.now();
            doorstep.startEmulator();
            Instant emulatorReady = Instant.now();
            doorstep.startServer();
            System.out.printf("Live Doorstep: Auth emulator ready in %d ms, server healthy %d ms later%n",
                    Duration.between(begun, emulatorReady).toMillis(), Duration.between(emulatorReady, Instant.now()).toMillis());
            return doorstep;
        } catch (IOException | RuntimeException e) {
            doorstep.close();
            throw new IllegalStateException("The live Doorstep did not start; its logs are in " + doorstep.home, e);
        }
    }

    /** The server's address, as an officer types it on the sign-in screen. */
    public String serverAddress() {
        return serverAddress;
    }

    /** The emulator's address, host:port, as FIREBASE_AUTH_EMULATOR_HOST gives it. */
    public String authHost() {
        return authHost;
    }

    /** Firebase Auth for the app: this run's emulator, as a debug build's auth_emulator names it. */
    public AuthEndpoint auth() {
        return AuthEndpoint.emulator("http://" + authHost, "live-test-key");
    }

    private void startEmulator() throws IOException {
        Path folder = Files.createDirectories(home.resolve("emulator/xdg")).getParent();
        authHost = "127.0.0.1:" + freePort();
        Files.writeString(folder.resolve("firebase.json"), """
                {"emulators": {"auth": {"host": "127.0.0.1", "port": %s},
                 "hub": {"host": "127.0.0.1", "port": %d}, "logging": {"host": "127.0.0.1", "port": %d},
                 "ui": {"enabled": false}, "singleProjectMode": true}}
                """.formatted(authHost.substring(authHost.indexOf(':') + 1), freePort(), freePort()));
        Path firebase = repository().resolve("tools/node_modules/.bin/firebase");
        if (!Files.isExecutable(firebase)) {
            throw new IllegalStateException("The Firebase Auth emulator is not installed at " + firebase
                    + "; run the tests with ./doorstep test, which installs it");
        }
        ProcessBuilder emulator = new ProcessBuilder(firebase.toString(), "emulators:start", "--only", "auth",
                "--project", "demo-doorstep", "--config", folder.resolve("firebase.json").toString());
        emulator.environment().put("CI", "1");
        emulator.environment().put("NO_UPDATE_NOTIFIER", "1");
        emulator.environment().put("XDG_CONFIG_HOME", folder.resolve("xdg").toString());
        awaitAnswer("http://" + authHost + "/", launch(emulator.directory(folder.toFile()), folder.resolve("emulator.log")),
                Duration.ofSeconds(90));
    }

    private void startServer() throws IOException {
        Path jar = Path.of(System.getProperty("doorstep.server.jar", "")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No server jar at " + jar + "; build with the reactor: mvn -pl android-client/app -am verify");
        }
        Files.createDirectories(home.resolve("tmp"));
        int port = freePort();
        ProcessBuilder server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + home.resolve("tmp"), "-Ddoorstep.home=" + home,
                "-jar", jar.toString());
        server.environment().put("FIREBASE_AUTH_EMULATOR_HOST", authHost);
        server.environment().put("MICRONAUT_ENVIRONMENTS", "dev");
        server.environment().put("DOORSTEP_PORT", Integer.toString(port));
        server.environment().put("DOORSTEP_MASTER_KEY_FILE", home.resolve("master-keyset.json").toString());
        serverAddress = "http://127.0.0.1:" + port;
        awaitAnswer(serverAddress + "/management/health", launch(server.directory(home.toFile()), home.resolve("server.log")),
                Duration.ofSeconds(180));
    }

    private Process launch(ProcessBuilder builder, Path log) throws IOException {
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    /** Waits for a 200 from {@code url}, giving up with the process's log once it has exited or time is up. */
    private static void awaitAnswer(String url, Process process, Duration patience) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpRequest ping = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + url, e);
            }
            sleepBriefly();
        }
        throw new IllegalStateException(url + (process.isAlive() ? " did not answer within " + patience : " exited")
                + "; see the log it wrote under target/live-doorstep");
    }

    /** Stops the server first (its shutdown hook stops MariaDB), then the emulator, each with its child processes. */
    @Override
    public synchronized void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }

    private void emptyHome() throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(home);
    }

    private static Path repository() {
        return Path.of(System.getProperty("doorstep.repository", "../..")).toAbsolutePath().normalize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
