package doorstep.bench;

import doorstep.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The database of {@code bench/load-run}, outside the server so the run can read InnoDB's own
 * counters before and after: {@code start HOME} runs an embedded MariaDB (its JDBC URL written to
 * HOME/jdbc-url; its account's password is in HOME/database-password, 0600) until stdin closes;
 * {@code status HOME} prints the lock counters.
 */
public final class LoadDatabase {

    /** Every deadlock to the error log, so the rows that deadlock can be named afterwards. */
    private static final List<String> SERVER_OPTIONS = List.of("--innodb-print-all-deadlocks=ON",
            "--max-connections=500");
    private static final List<String> COUNTERS = List.of("Innodb_deadlocks", "Innodb_row_lock_waits",
            "Innodb_row_lock_time", "Innodb_row_lock_current_waits");

    private LoadDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("start")) {
            start(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("status")) {
            status(Path.of(args[1]));
        } else {
            System.err.println("usage: LoadDatabase start HOME | status HOME");
            System.exit(2);
        }
    }

    private static void start(Path home) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(home, SERVER_OPTIONS);
        Files.writeString(home.resolve("jdbc-url"), database.createSchema("doorstep"));
        try {
            while (System.in.read() >= 0) {
                // Runs until the load run closes stdin or stops this process.
            }
        } finally {
            database.close();
        }
    }

    /** The server's own account reads the counters: root may log in only through the socket. */
    private static void status(Path home) throws SQLException, IOException {
        String url = Files.readString(home.resolve("jdbc-url")).trim();
        String password = Files.readString(home.resolve("database-password")).trim();
        try (var connection = DriverManager.getConnection(url, "doorstep", password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                     + String.join("','", COUNTERS) + "')")) {
            StringBuilder line = new StringBuilder();
            while (rows.next()) {
                line.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ');
            }
            System.out.println(line.toString().trim());
        }
    }
}
