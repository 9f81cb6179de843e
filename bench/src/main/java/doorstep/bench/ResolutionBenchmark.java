package doorstep.bench;

import doorstep.EmbeddedDatabase;
import doorstep.people.PeopleBulkLoad;
import doorstep.people.PersonResolution;
import doorstep.people.synthetic.Mention;
import doorstep.people.synthetic.MentionStream;
import doorstep.people.synthetic.SyntheticPopulation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bench/run}: resolution latency per mention with N people already in MariaDB. Starts a fresh
 * embedded MariaDB and the "cli" application context, bulk-loads a seeded synthetic population,
 * then resolves fresh mentions of that population (with its slips and variants) one at a time.
 *
 * <p>{@code --people N [--mentions M] [--warmup W] [--seed S] [--batch B] [--candidate-limit L] [--no-candidates]
 * [--profile]}
 */
public final class ResolutionBenchmark {

    private static final String TENANT = "bench-la";
    /**
     * The 1,000,000-person tables and their indexes come to about 2 GB; MariaDB's default pool of
     * 128 MB would make most candidate lookups a disk read, which no production database sized for
     * its data would do. A larger redo log lets the bulk load write in longer runs between checkpoints.
     */
    private static final List<String> SERVER_OPTIONS = List.of("--innodb-buffer-pool-size=2G",
            "--innodb-log-file-size=512M");

    private final BenchmarkOptions options;
    private final PrintStream out;

    private ResolutionBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("resolution benchmark: " + e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        new ResolutionBenchmark(options, System.out).run();
        System.exit(0);
    }

    private void run() throws IOException {
        Path home = Path.of(System.getProperty("doorstep.bench.home", "target/bench-db")).toAbsolutePath()
                .resolve("people-" + options.people());
        deleteTree(home);
        Files.createDirectories(home);
        out.printf(Locale.ROOT, "resolution benchmark: %,d people, %,d timed mentions after %,d warm-up, candidate limit %s;"
                        + " load average %s%n", options.people(), options.mentions(), options.warmup(),
                options.candidateLimit() == null ? "the server's default" : options.candidateLimit(), loadAverage());
        List<String> serverOptions = new ArrayList<>(SERVER_OPTIONS);
        if (options.profile()) {
            serverOptions.addAll(StatementProfile.SERVER_OPTIONS);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(home, serverOptions)) {
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties("bench"));
            properties.put("doorstep.crypto.master-key-file", home.resolve("master-keyset.json").toString());
            properties.put("doorstep.crypto.create-master-key-if-missing", true);
            if (options.candidateLimit() != null) {
                properties.put("doorstep.people.candidate-limit", options.candidateLimit());
            }
            try (ApplicationContext context = ApplicationContext.builder().environments("cli").properties(properties)
                    .start()) {
                measure(context);
            }
        } finally {
            deleteTree(home);
        }
    }

    private void measure(ApplicationContext context) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        PeopleBulkLoad bulkLoad = context.getBean(PeopleBulkLoad.class);
        out.printf(Locale.ROOT, "  MariaDB %s, Java %s (%s), %d processors%n", query(transactions, "SELECT VERSION()"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors());

        long started = System.nanoTime();
        SyntheticPopulation population = SyntheticPopulation.generate(options.seed(), options.people());
        int people = population.people().size();
        out.printf(Locale.ROOT, "  population of %,d people (whole households) generated in %.1f s%n", people,
                (System.nanoTime() - started) / 1e9);

        Map<UUID, String> truthOfPerson = new HashMap<>();
        long loadNanos = new PopulationLoad(bulkLoad, transactions, options.batch(), out).load(TENANT, population,
                truthOfPerson);
        long rows = 0;
        for (String table : List.of("person", "person_mention", "person_block_key", "name_frequency")) {
            rows += Long.parseLong(query(transactions, "SELECT COUNT(*) FROM " + table));
        }
        out.printf(Locale.ROOT, "  bulk load: %,d people in %.1f s (%,.0f people/s); %,d rows in person, person_mention,"
                        + " person_block_key and name_frequency (%,.0f rows/s), %d people a transaction%n",
                people, loadNanos / 1e9, people / (loadNanos / 1e9), rows, rows / (loadNanos / 1e9),
                options.batch());

        List<Mention> mentions = MentionStream.generate(population, options.seed() + 1,
                options.warmup() + options.mentions());
        LatencyRun run = new LatencyRun(context.getBean(PersonResolution.class), bulkLoad, transactions, truthOfPerson);
        StatementProfile profile = new StatementProfile(transactions);
        run.run(TENANT, mentions.subList(0, options.warmup()), mentions.subList(options.warmup(), mentions.size()),
                options.countCandidates(), options.profile() ? profile::reset : () -> { }, System.err);
        run.report(out, options.countCandidates());
        if (options.profile()) {
            profile.report(out, run.timedCount(), run.meanMillis());
        }
        out.printf(Locale.ROOT, "  load average at the end: %s%n", loadAverage());
    }

    private static String query(TransactionOperations<Connection> transactions, String sql) {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run " + sql, e);
            }
        });
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
