package doorstep.simulator;

import doorstep.device.capture.ChildReturnedNotices;
import doorstep.device.capture.ReturnHomeInterviews;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ./doorstep simulate}: N phones enrol (police, early help workers and return home interviewers
 * in a realistic mix), capture M each with no signal, are switched off and on, sync over a connection
 * that drops; interviewers then interview the returns' tasks; a triager decides, and the phones pull
 * the outcomes. The last line counts it all; the exit status is 1 if any capture was lost.
 */
public final class FieldSimulator {

    private static final String DEMO_PASSWORD = "doorstep-demo";
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
            System.exit(RunTally.nothingLost(line) ? 0 : 1);
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
        List<FieldRole> roles = FieldRole.mix(options.devices(), options.kinds());
        List<SimulatedDevice> devices = new ArrayList<>();
        List<Interviewer> interviewers = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            TokenSource user = new EmulatorSignIn(options.authEmulator(), roles.get(i).user(), DEMO_PASSWORD, clock);
            SimulatedDevice device = new SimulatedDevice(phones.resolve("device-" + i), options.server(),
                    user, network, SimulatedDevice.forwarding(tally::settled), pushes, clock);
            device.enrol();
            devices.add(device);
            if (roles.get(i) == FieldRole.INTERVIEWER) {
                interviewers.add(new Interviewer(options.server(), user, device,
                        new InterviewGenerator(options.seed() + 3 + i, clock)));
            }
        }
        progress.printf("simulate: %d devices enrolled with %s (seed %d, drop rate %.2f): %s%n", devices.size(),
                options.server(), options.seed(), options.dropRate(), describe(roles));

        network.goOffline();
        FieldWork work = new FieldWork(options.seed(), clock, options.kinds(), tally);
        for (int i = 0; i < devices.size(); i++) {
            work.captureOffline(roles.get(i), devices.get(i), options.captures());
            devices.get(i).restart();
        }
        network.goOnline();
        progress.printf("simulate: %d captures sealed offline; phones restarted; syncing%n", tally.captured().size());
        inParallel(devices, device -> device.syncUntilSettled(PATIENCE));

        if (!interviewers.isEmpty()) {
            interview(interviewers);
        }
        new Triager(options.server(), new EmulatorSignIn(options.authEmulator(), "triager@demo.doorstep.test",
                DEMO_PASSWORD, clock)).decide(tally.captured(), tally);
        progress.printf("simulate: triager decided the run's contacts; phones pulling outcomes%n");

        inParallel(devices, device -> device.syncUntilSettled(PATIENCE));
        if (!interviewers.isEmpty()) {
            interviewers.get(0).closed(tally.captured(ChildReturnedNotices.KIND)).forEach(tally::interviewed);
        }
        for (SimulatedDevice device : devices) {
            tally.captured().stream().filter(device::hasOutcome).forEach(tally::outcome);
            device.close();
        }
        progress.printf("simulate: %d calls dropped on the way; %d contacts queued twice%n",
                network.dropped(), tally.queuedTwice());
        progress.printf("simulate: %s%n", pushes.summary());
        return tally.line(devices.size());
    }

    /** Interviewers work once the returns are in: each takes its share of the run's tasks, then syncs. */
    private void interview(List<Interviewer> interviewers) throws Exception {
        Set<UUID> returns = tally.captured(ChildReturnedNotices.KIND);
        for (int i = 0; i < interviewers.size(); i++) {
            interviewers.get(i).interview(returns, i, interviewers.size(), tally);
        }
        progress.printf("simulate: interviewers captured %d interviews; syncing%n",
                tally.captured(ReturnHomeInterviews.KIND).size());
        inParallel(interviewers.stream().map(Interviewer::phone).toList(), device -> device.syncUntilSettled(PATIENCE));
    }

    private static String describe(List<FieldRole> roles) {
        Map<FieldRole, Long> counts = new EnumMap<>(FieldRole.class);
        roles.forEach(role -> counts.merge(role, 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ')).collect(Collectors.joining(", "));
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
