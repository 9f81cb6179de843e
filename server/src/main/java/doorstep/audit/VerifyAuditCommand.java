package doorstep.audit;

import doorstep.EmbeddedDatabase;
import doorstep.crypto.CheckpointSigningKey;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code ./doorstep audit verify}: recomputes every tenant's audit chain in the run's database and
 * checks it against the signed checkpoints. Reads the database named by DATASOURCES_DEFAULT_URL
 * (with _USERNAME and _PASSWORD) if set; else the embedded one of the run in doorstep.home, or,
 * when that run is stopped, starts the embedded database on its data folder to read it.
 * Exit 0: everything holds; 1: something is wrong (printed); 2: it could not be checked.
 */
public final class VerifyAuditCommand {

    private static final String SCHEMA = "doorstep";

    private VerifyAuditCommand() {
    }

    /** Why the log could not be checked at all. */
    private static final class Unverifiable extends Exception {
        Unverifiable(String why) {
            super(why);
        }
    }

    public static void main(String[] args) {
        int status;
        try {
            status = verify(System.out) ? 0 : 1;
        } catch (Unverifiable e) {
            System.err.println("audit verify: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    private static boolean verify(PrintStream out) throws Unverifiable {
        Path home = Path.of(System.getProperty("doorstep.home", ".doorstep"));
        Path keyFile = Path.of(setting("doorstep.audit.checkpoint.key-file", "DOORSTEP_AUDIT_CHECKPOINT_KEY_FILE",
                home.resolve("audit-signing-keyset.json").toString()));
        Path dir = Path.of(setting("doorstep.audit.checkpoint.dir", "DOORSTEP_AUDIT_CHECKPOINT_DIR",
                home.resolve("audit-checkpoints").toString()));
        if (Files.notExists(keyFile)) {
            fail("there is no checkpoint key at " + keyFile.toAbsolutePath() + ", so no checkpoint can be checked. "
                    + "Point DOORSTEP_AUDIT_CHECKPOINT_KEY_FILE at the key the server signs with.");
        }
        CheckpointSigningKey key = CheckpointSigningKey.load(keyFile, false);
        EmbeddedDatabase started = null;
        try {
            Optional<Connection> reached = reach(home);
            if (reached.isEmpty()) {
                if (Files.notExists(home.resolve("mariadb-data"))) {
                    fail("no database to check: DATASOURCES_DEFAULT_URL is not set and there is no ./doorstep run "
                            + "data in " + home.toAbsolutePath() + ". Start ./doorstep run, or set DATASOURCES_DEFAULT_URL.");
                }
                out.println("The run's database is not running; starting it from " + home.resolve("mariadb-data") + " to read it.");
                started = EmbeddedDatabase.start(home);
                reached = Optional.of(started.connect(SCHEMA));
            }
            try (Connection connection = reached.get()) {
                connection.setReadOnly(true);
                AuditVerification.Report report = new AuditVerification(connection, dir, key).run();
                report.lines().forEach(out::println);
                out.println(report.holds()
                        ? "Verdict: the audit log holds. Every entry is as written and nothing was removed."
                        : "Verdict: THE AUDIT LOG HAS BEEN TAMPERED WITH OR DAMAGED (see above). Change nothing: keep the "
                        + "database and " + dir.toAbsolutePath() + " as they are, and tell your security lead now.");
                return report.holds();
            }
        } catch (SQLException e) {
            throw new Unverifiable("could not read the audit tables: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new Unverifiable("could not read the checkpoints in " + dir.toAbsolutePath() + ": " + e.getMessage());
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    /** The configured database, else the run's embedded one if it answers; empty when there is neither. */
    private static Optional<Connection> reach(Path home) throws SQLException {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url != null) {
            return Optional.of(DriverManager.getConnection(url, System.getenv("DATASOURCES_DEFAULT_USERNAME"),
                    System.getenv("DATASOURCES_DEFAULT_PASSWORD")));
        }
        try {
            return EmbeddedDatabase.connectToRun(home, SCHEMA);
        } catch (SQLException stopped) {
            return Optional.empty();
        }
    }

    private static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null ? otherwise : value;
    }

    private static void fail(String why) throws Unverifiable {
        throw new Unverifiable(why);
    }
}
