package doorstep.simulator;

import doorstep.device.sync.SyncReport;
import doorstep.device.sync.TokenSource;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./doorstep simulate}: N phones enrol, capture M incidents each with no signal, are switched
 * off and on, sync over a connection that drops, a triager decides, and the phones pull the outcomes.
 * The last line counts it all; the exit status is 1 if any capture was lost or queued twice.
 */
public final class FieldSimulator {

    private static final String DEMO_PASSWORD = "doorstep-demo";
    private static final List<String> FIELD_USERS = List.of("officer@demo.doorstep.test", "earlyhelp@demo.doorstep.test");
    /** 200 phones of 50 captures took 10 minutes to push on a busy 2-core machine; a phone stops waiting early once settled. */
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private final SimulatorOptions options;
    private final PrintStream progress;
    private final Clock clock = Clock.systemUTC();
    private final RunTally tally = new RunTally();
    private final PushTimer pushes = new PushTimer();

    FieldSimulator(SimulatorOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            System.err.println(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            String line = new FieldSimulator(options, System.out).run();
            System.out.println(line);
            System.exit(line.endsWith(" lost=0") ? 0 : 1);
        } catch (Exception e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs in a fresh folder of phones, removed afterwards: every run starts with new devices. */
    String run() throws Exception {
        Path phones = Files.createTempDirectory("doorstep-simulator-");
        try {
            return run(phones);
        } finally {
            try (var files = Files.walk(phones)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private String run(Path phones) throws Exception {
        FlakyNetwork network = new FlakyNetwork(options.seed(), options.dropRate());
        IncidentGenerator incidents = new IncidentGenerator(options.seed(), clock);
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            TokenSource user = new EmulatorSignIn(options.authEmulator(), FIELD_USERS.get(i % FIELD_USERS.size()),
                    DEMO_PASSWORD, clock);
            SimulatedDevice device = new SimulatedDevice(phones.resolve("device-" + i), options.server(),
                    user, network, SimulatedDevice.forwarding(tally::settled), pushes, clock);
            device.enrol();
            devices.add(device);
        }
        progress.printf("simulate: %d devices enrolled with %s (seed %d, drop rate %.2f)%n",
                devices.size(), options.server(), options.seed(), options.dropRate());

        network.goOffline();
        for (SimulatedDevice device : devices) {
            for (int c = 0; c < options.captures(); c++) {
                tally.captured(device.captureAndSeal(incidents.next()));
            }
            device.restart();
        }
        network.goOnline();
        progress.printf("simulate: %d captures sealed offline; phones restarted; syncing%n", tally.captured().size());

        inParallel(devices, device -> device.syncUntilSettled(PATIENCE));
        new Triager(options.server(), new EmulatorSignIn(options.authEmulator(), "triager@demo.doorstep.test",
                DEMO_PASSWORD, clock)).decide(tally.captured(), tally);
        progress.printf("simulate: triager decided the run's contacts; phones pulling outcomes%n");

        inParallel(devices, device -> device.syncUntilSettled(PATIENCE));
        for (SimulatedDevice device : devices) {
            tally.captured().stream().filter(device::hasOutcome).forEach(tally::outcome);
            device.close();
        }
        progress.printf("simulate: %d calls dropped on the way; %d contacts queued twice%n",
                network.dropped(), tally.queuedTwice());
        progress.printf("simulate: %s%n", pushes.summary());
        return tally.line(devices.size());
    }

    private interface DeviceStep {
        SyncReport apply(SimulatedDevice device) throws Exception;
    }

    private static void inParallel(List<SimulatedDevice> devices, DeviceStep step) throws Exception {
        // Every phone syncs on its own, as phones in the field do: all of them may push at once.
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        try {
            List<Future<SyncReport>> runs = new ArrayList<>();
            for (SimulatedDevice device : devices) {
                runs.add(pool.submit(() -> step.apply(device)));
            }
            for (Future<SyncReport> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

}
