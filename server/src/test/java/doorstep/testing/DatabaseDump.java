package doorstep.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A logical dump of the schema: every value of every column of every table, as the driver returns it. */
public record DatabaseDump(List<String> tables, byte[] bytes) {

    public static DatabaseDump of(DataSource dataSource) {
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        List<String> tables = new ArrayList<>();
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            dump.writeBytes(value instanceof byte[] raw ? raw
                                    : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                            dump.write(0);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not dump the schema", e);
        }
        return new DatabaseDump(List.copyOf(tables), dump.toByteArray());
    }

    /** Makes the database write what it holds in memory to its files, so a scan of them sees every commit. */
    public static void flush(DataSource dataSource) {
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("FLUSH TABLES");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not flush the tables", e);
        }
    }
}
