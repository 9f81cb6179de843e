package doorstep.capture;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonName;
import doorstep.simulator.IncidentGenerator;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import doorstep.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that a child's data is encrypted at rest: after a capture naming a child with
 * canary words is stored, neither a dump of every column of every table nor the database's own
 * files hold any of them in the clear, in any letter case, while the triager still reads them back.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptionAtRestTest extends ApiTest {

    // Each run's canaries carry a suffix of their own: the database folder outlives a run, so what
    // an earlier build left in it must neither fail this run nor stand in for its result.
    private static final String RUN = new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private static final String GIVEN_NAME = "Zephyrine" + RUN;
    private static final String FAMILY_NAME = "Quillfeather" + RUN;
    private static final String OWN_WORDS = "The blue giraffe hid my shoes behind the Grimblewick" + RUN + " clock";
    private static final String NARRATIVE = "Officers found a broken Snorkelwhistle" + RUN + " lamp in the hallway.";
    private static final String ADDRESS = "41 Marzipan" + RUN + " Vortex Lane";
    private static final String NHS_NUMBER = IncidentGenerator.madeUpNhsNumber(new Random());
    private static final Canaries CANARIES = new Canaries(List.of(GIVEN_NAME, FAMILY_NAME, OWN_WORDS,
            "Grimblewick" + RUN, NARRATIVE, "Snorkelwhistle" + RUN, ADDRESS, "Marzipan" + RUN, NHS_NUMBER,
            NHS_NUMBER.replace(" ", "")));

    @Inject
    DataSource dataSource;

    SignedIn triager;
    UUID submissionId;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer referrer = Referrer.policeOfficer(api, TENANT);
        submissionId = referrer.refer(canaryCapture());
    }

    @Test
    void triagerReadsTheCanaryWordsBack() {
        UUID contactId = Referrer.contactFor(api, triager, submissionId).getContactId();

        ContactDetail detail = api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);

        assertEquals(GIVEN_NAME, detail.getChildren().get(0).getName().getGivenName());
        assertEquals(FAMILY_NAME, detail.getChildren().get(0).getName().getFamilyName());
        assertEquals(OWN_WORDS, detail.getChildren().get(0).getVoice().getOwnWords());
        assertEquals(NARRATIVE, detail.getIncident().getNarrative());
        assertEquals(ADDRESS, detail.getIncident().getPlace().getAddressLine());
        assertEquals(FAMILY_NAME, detail.getAdults().get(0).getName().getFamilyName());
        assertEquals(NHS_NUMBER, detail.getChildren().get(0).getNhsNumber());
        assertEquals(NHS_NUMBER.replace(" ", ""), detail.getChildNetworks().get(0).getPerson().getNhsNumber());
    }

    @Test
    void noColumnOfAnyTableHoldsACanaryInTheClear() throws SQLException {
        byte[] dump = dumpEveryTable();

        assertEquals(Set.of(submissionId.toString()), new Canaries(List.of(submissionId.toString())).foundIn(dump),
                "the dump reaches the stored rows");
        assertEquals(Set.of(), CANARIES.foundIn(dump));
    }

    @Test
    void noFileOfTheDatabaseHoldsACanaryInTheClear() throws SQLException {
        try (Connection connection = StoredRows.direct(dataSource).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("FLUSH TABLES");
        }

        Path files = TestDatabase.instance().dataDirectory();

        assertTrue(new Canaries(List.of(submissionId.toString())).foundInFilesUnder(files).size() > 0,
                "the files hold the stored submission's id, so the scan reaches what was committed");
        assertEquals(Set.of(), CANARIES.foundInFilesUnder(files));
    }

    private static DomesticAbuseIncident canaryCapture() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getChildren().get(0).name(new PersonName(GIVEN_NAME, FAMILY_NAME)).nhsNumber(NHS_NUMBER)
                .getVoice().ownWords(OWN_WORDS);
        incident.getAdults().get(0).name(new PersonName("Ottoline", FAMILY_NAME));
        incident.narrative(NARRATIVE).getPlace().addressLine(ADDRESS);
        return incident;
    }

    /** Every value of every column of every table in the schema, as the bytes the driver returns. */
    private byte[] dumpEveryTable() throws SQLException {
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        try (Connection connection = StoredRows.direct(dataSource).getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("submission", "da_incident", "incident_person", "contact",
                    "audit_event", "feed_entry")), "the schema's tables: " + tables);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            byte[] bytes = value instanceof byte[] raw ? raw
                                    : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                            dump.writeBytes(bytes);
                            dump.write(0);
                        }
                    }
                }
            }
        }
        return dump.toByteArray();
    }
}
