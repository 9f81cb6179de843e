package doorstep;

import doorstep.testing.ApiTest;
import doorstep.testing.StoredRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every id held as text (row ids, tenant ids, device and submission ids, user ids, keyset names)
 * compares byte for byte: "DEMO-LA" is not "demo-la", and the database spends no time folding case.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdColumnCollationTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void noIdColumnIsUnderACaseInsensitiveCollation() throws SQLException {
        List<String> idColumns = new ArrayList<>();
        List<String> foldingCase = new ArrayList<>();
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name, column_name, collation_name "
                     + "FROM information_schema.columns WHERE table_schema = DATABASE() "
                     + "AND table_name <> 'flyway_schema_history' AND collation_name IS NOT NULL "
                     + "AND (column_name = 'id' OR column_name LIKE '%\\_id' OR column_name LIKE '%\\_uid' "
                     + "OR column_name LIKE '%\\_by' OR (table_name = 'wrapped_keyset' AND column_name = 'name'))")) {
            while (rows.next()) {
                String column = rows.getString(1) + "." + rows.getString(2);
                idColumns.add(column);
                if (!rows.getString(3).endsWith("_bin")) {
                    foldingCase.add(column + " " + rows.getString(3));
                }
            }
        }

        assertTrue(idColumns.containsAll(List.of("tenant.id", "device.tenant_id", "submission.id",
                "person_mention.person_id", "contact.claimed_by", "wrapped_keyset.name")), "the id columns: " + idColumns);
        assertEquals(List.of(), foldingCase);
    }
}
