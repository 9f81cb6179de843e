package doorstep.testing;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Counts rows straight over JDBC, past every repository, to prove what a request did or did not
 * store: the receipt, the incident, its people and the MASH contact.
 */
public record StoredRows(DataSource dataSource) {

    public StoredRows {
        dataSource = direct(dataSource);
    }

    /**
     * The pool behind Micronaut's contextual DataSource, which only hands out the connection of a
     * surrounding transaction; tests read what the server committed, outside any transaction.
     */
    public static DataSource direct(DataSource contextual) {
        try {
            return contextual.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The test DataSource is not a Hikari pool", e);
        }
    }

    /** The tables an accepted capture writes to. */
    public static final List<String> CAPTURE_TABLES = List.of("submission", "da_incident", "incident_person", "contact");

    /** Rows of the capture tables in all; compare before and after a request that must store nothing. */
    public long captureRows() {
        long total = 0;
        for (String table : CAPTURE_TABLES) {
            total += count("SELECT COUNT(*) FROM " + table);
        }
        return total;
    }

    /** Rows of the capture tables that belong to this submission id. */
    public long rowsFor(UUID submissionId) {
        String id = submissionId.toString();
        return count("SELECT COUNT(*) FROM submission WHERE id = ?", id)
                + count("SELECT COUNT(*) FROM da_incident WHERE id = ?", id)
                + count("SELECT COUNT(*) FROM incident_person WHERE incident_id = ?", id)
                + count("SELECT COUNT(*) FROM contact WHERE submission_id = ?", id);
    }

    /** Runs a statement straight over JDBC, as a row stored by an earlier release would have been written. */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** The bytes of the first column of the first row the query finds. */
    public byte[] bytes(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
