package doorstep.testing;

import doorstep.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded MariaDB per test JVM; each test class gets a schema of its own. */
public final class TestDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase instance() {
        if (database == null) {
            database = EmbeddedDatabase.start(Path.of("target", "test-mariadb")); // stopped as the JVM exits
        }
        return database;
    }

    /** The account the embedded database has for Doorstep (never root, which it refuses over TCP). */
    public static String username() {
        return instance().username();
    }

    public static String password() {
        return instance().password();
    }

    public static String freshSchemaUrl() {
        return instance().createSchema("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }
}
