package doorstep.bench.week;

import doorstep.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;
import io.micronaut.context.annotation.Primary;
import io.micronaut.inject.annotation.MutableAnnotationMetadata;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * {@code bench/week}: a week at a MASH front door, simulated through the server's own front door.
 * Starts the server's application context on a fresh embedded MariaDB with its {@link Clock} replaced
 * by a {@link SimulatedClock}, then, for each seed, replays the same sampled week of contacts under
 * each rota asked for, each rota in a tenant of its own, and reports what the contact table shows.
 */
public final class WeekSimulation {

    private final WeekOptions options;
    private final PrintStream out;

    private WeekSimulation(WeekOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.println(WeekOptions.USAGE);
            return;
        }
        WeekOptions options;
        try {
            options = WeekOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("week simulation: " + e.getMessage());
            System.err.println(WeekOptions.USAGE);
            System.exit(2);
            return;
        }
        new WeekSimulation(options, System.out).run();
        System.exit(0);
    }

    private void run() throws IOException {
        long started = System.nanoTime();
        Path home = Path.of(System.getProperty("doorstep.bench.home", "target/bench-db")).toAbsolutePath().resolve("week");
        deleteTree(home);
        Files.createDirectories(home);
        WeekWindow window = WeekWindow.startingOn(options.week(), options.warmUpDays());
        SimulatedClock clock = new SimulatedClock(window.warmUpStart().toInstant());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(home)) {
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties("week"));
            properties.put("doorstep.crypto.master-key-file", home.resolve("master-keyset.json").toString());
            properties.put("doorstep.crypto.create-master-key-if-missing", true);
            // A triager at work keeps reading and saving, which renews the claim; the simulation has no such
            // steps, so the lease outlasts the longest handling time instead of lapsing under a working triager.
            properties.put("doorstep.mash.claim-lease", "8h");
            aroundTheClockTenants().forEach(tenant -> properties.put("doorstep.mash.tenants." + tenant + ".red-clock", "24-hours"));
            try (ApplicationContext context = ApplicationContext.builder().environments("cli").properties(properties)
                    .beanDefinitions(serverClock(clock)).start()) {
                if (context.getBean(Clock.class) != clock) {
                    throw new IllegalStateException("The server's clock was not replaced by the simulated one");
                }
                simulate(context, clock, window);
            }
        } finally {
            deleteTree(home);
        }
        out.printf(Locale.ROOT, "%nwall time: %.0f s (from the database's start; load average now %s)%n",
                (System.nanoTime() - started) / 1e9, loadAverage());
    }

    private void simulate(ApplicationContext context, SimulatedClock clock, WeekWindow window) {
        ArrivalProfile profile = new ArrivalProfile(options.contactsPerWeek(), options.sources(), options.ragMix());
        int redHours = context.getProperty("doorstep.mash.deadlines.red-working-hours", Integer.class).orElseThrow();
        WeekReport report = new WeekReport(out);
        report.inputs(options, window, profile, String.format(Locale.ROOT, "the server's: red %d working hours, amber %d"
                        + " working day(s), green %d working days (England and Wales working days, 09:00-17:00 London);"
                        + " a tenant on the 24-hour red clock: red %d hours counting every hour", redHours,
                context.getProperty("doorstep.mash.deadlines.amber-working-days", Integer.class).orElseThrow(),
                context.getProperty("doorstep.mash.deadlines.green-working-days", Integer.class).orElseThrow(), redHours));
        ContactLedger ledger = new ContactLedger(context);
        FrontDoor door = new ServerFrontDoor(context);
        for (int s = 0; s < options.seeds().size(); s++) {
            long seed = options.seeds().get(s);
            List<Arrival> arrivals = profile.sample(window.warmUpStart(),
                    window.arrivalsEnd().atZone(ArrivalProfile.LONDON), new SplittableRandom(seed));
            String label = "seed " + seed + (s == 0 ? " (tuning)" : " (held out)");
            out.println();
            out.println("== " + label + ": " + arrivals.stream().filter(a -> inWeek(a, window)).count()
                    + " contacts in the week ==");
            Map<String, WeekResult> done = new HashMap<>();
            int seedIndex = s;
            BiFunction<Rota, Boolean, WeekResult> runner = (rota, redOnDay) -> done.computeIfAbsent(
                    tenantName(seedIndex, redOnDay, rota), tenant -> {
                        WeekRun run = new WeekRun(door, ledger, clock, options.handling(), seed ^ 0x5eed,
                                tenant, rota);
                        Instant stopped = run.run(window, arrivals);
                        return WeekResult.read(ledger, tenant, window, rota, redOnDay, stopped, run.worked());
                    });
            report.detail("the week in detail", runner.apply(options.rota(), false));
            if (options.sweepUpTo() > 0) {
                int keepingUp = (int) Math.floor(offeredHours() / window.dayShiftHours()) + 1;
                StaffingSweep sweep = new StaffingSweep(options.sweepUpTo(), keepingUp, runner);
                List<StaffingSweep.Line> lines = new ArrayList<>();
                lines.add(sweep.sweep(false, 0));
                options.sweepOutOfHours().forEach(cover -> lines.add(sweep.sweep(true, cover)));
                report.sweep(lines, options.sweepUpTo(), offeredHours(), window.dayShiftHours());
            }
        }
    }

    private static String tenantName(int seedIndex, boolean redAroundTheClock, Rota rota) {
        return "s" + seedIndex + (redAroundTheClock ? "-24h-" : "-wh-") + rota.outOfHours() + "-" + rota.day();
    }

    /** Every tenant a run may simulate on the 24-hour red clock: the server reads its tenants' clocks at start. */
    private List<String> aroundTheClockTenants() {
        List<String> tenants = new ArrayList<>();
        List<Integer> covers = new ArrayList<>(options.sweepOutOfHours());
        covers.add(options.rota().outOfHours());
        int mostByDay = Math.max(options.sweepUpTo(), options.rota().day()) + 1;
        for (int seedIndex = 0; seedIndex < options.seeds().size(); seedIndex++) {
            for (int cover : covers) {
                for (int day = 1; day <= mostByDay; day++) {
                    tenants.add(tenantName(seedIndex, true, new Rota(day, cover)));
                }
            }
        }
        return tenants;
    }

    /** The work the week's expected contacts bring, in triager hours. */
    private double offeredHours() {
        HandlingTimes handling = options.handling();
        double minutes = options.ragMix()[0] * handling.red().toMinutes() + options.ragMix()[1] * handling.amber().toMinutes()
                + options.ragMix()[2] * handling.green().toMinutes();
        return options.contactsPerWeek() * minutes / 60;
    }

    private static boolean inWeek(Arrival arrival, WeekWindow window) {
        return !arrival.at().isBefore(window.weekStart().toInstant()) && arrival.at().isBefore(window.weekEnd().toInstant());
    }

    /** The simulated clock as the server's only Clock: primary over the server's own ClockFactory bean. */
    private static RuntimeBeanDefinition<Clock> serverClock(SimulatedClock clock) {
        MutableAnnotationMetadata primary = new MutableAnnotationMetadata();
        primary.addDeclaredAnnotation(Primary.class.getName(), Map.of());
        return RuntimeBeanDefinition.builder(Clock.class, () -> clock).singleton(true).annotationMetadata(primary).build();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
