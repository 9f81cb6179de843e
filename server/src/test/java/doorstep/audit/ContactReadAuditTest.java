package doorstep.audit;

import doorstep.api.model.ContactDetail;
import doorstep.testing.StoredRows;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Opening a contact or a person's network leaves a row in the audit trail saying who read which record. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactReadAuditTest extends ApiTest {

    @Inject
    DataSource dataSource;

    Referrer referrer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void readingAContactRecordsTheReaderAndTheContact() throws SQLException {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();

        api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);

        assertEquals(List.of(List.of(TENANT, triager.uid(), "contact")), readsOf("contact.read", contactId));
    }

    @Test
    void readingAPersonsNetworkAndIncidentsRecordsTheReaderAndThePerson() throws SQLException {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        UUID child = api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class)
                .getChildNetworks().get(0).getPerson().getPersonId();

        api.call(HttpRequest.GET("/v1/people/" + child + "/network"), triager, String.class);
        api.call(HttpRequest.GET("/v1/people/" + child + "/incidents"), triager, String.class);

        assertEquals(List.of(List.of(TENANT, triager.uid(), "person")), readsOf("person.network.read", child));
        assertEquals(List.of(List.of(TENANT, triager.uid(), "person")), readsOf("person.incidents.read", child));
    }

    /** tenant, actor and record type of every audit row of this action on the record. */
    private List<List<String>> readsOf(String action, UUID recordId) throws SQLException {
        List<List<String>> reads = new ArrayList<>();
        try (Connection connection = StoredRows.direct(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT tenant_id, actor_uid, record_type "
                     + "FROM audit_entry WHERE action = ? AND record_id = ? ORDER BY seq")) {
            query.setString(1, action);
            query.setString(2, recordId.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reads.add(List.of(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return reads;
    }
}
