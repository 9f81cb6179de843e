package doorstep.bench;

import io.micronaut.transaction.TransactionOperations;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@code --profile}: where the database's share of a resolution goes, statement by statement, from
 * MariaDB's performance schema (switched on only for a profiling run: it costs a little on every
 * statement). Candidate counting is off meanwhile, so every statement counted is one resolve() ran.
 */
final class StatementProfile {

    static final List<String> SERVER_OPTIONS = List.of("--performance-schema=ON",
            "--performance-schema-consumer-events-statements-history-long=ON");

    private final TransactionOperations<Connection> transactions;

    StatementProfile(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void reset() {
        transactions.executeWrite(status -> {
            try (var statement = status.getConnection().createStatement()) {
                return statement.executeUpdate("TRUNCATE performance_schema.events_statements_summary_by_digest");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not reset the statement digests", e);
            }
        });
    }

    void report(PrintStream out, long mentions, double meanLatencyMillis) {
        transactions.executeRead(status -> {
            try (var statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT DIGEST_TEXT, COUNT_STAR, SUM_TIMER_WAIT / 1e9, "
                         + "SUM_ROWS_EXAMINED FROM performance_schema.events_statements_summary_by_digest "
                         + "WHERE SCHEMA_NAME = 'bench' ORDER BY SUM_TIMER_WAIT DESC")) {
                double total = 0;
                StringBuilder lines = new StringBuilder();
                while (rows.next()) {
                    double millisPerMention = rows.getDouble(3) / mentions;
                    total += millisPerMention;
                    if (millisPerMention >= 0.01) {
                        lines.append(String.format(Locale.ROOT, "    %6.2f ms  %5.1f calls  %7.0f rows examined  %s%n",
                                millisPerMention, rows.getDouble(2) / mentions, rows.getDouble(4) / mentions,
                                abbreviated(rows.getString(1))));
                    }
                }
                out.printf(Locale.ROOT, "  database time per mention: %.2f ms of the %.2f ms mean (the rest: the JVM,"
                        + " the driver and the loopback), by statement:%n%s", total, meanLatencyMillis, lines);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the statement digests", e);
            }
        });
    }

    private static String abbreviated(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").replaceAll("(\\? , )+\\?", "?...");
        return oneLine.length() <= 110 ? oneLine : oneLine.substring(0, 107) + "...";
    }
}
