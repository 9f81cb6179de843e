package doorstep.mash;

import doorstep.api.model.ContactSummary;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.RawConnection;
import doorstep.testing.RawConnection.Exchange;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd and repeated headers on a decision, sent as raw bytes: refused, and the contact stays undecided. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHostileHeadersTest extends ApiTest {

    private static final String DECISION = "{\"outcome\": \"no-further-action\", \"rationale\": "
            + "\"Nothing for the MASH here, closing.\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;
    SignedIn otherTenantsTriager;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherTenantsTriager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "two content types, JSON first|Content-Type: application/json|Content-Type: text/plain|400|/problems/malformed-request",
            "two content types, JSON second|Content-Type: text/plain|Content-Type: application/json|415|/problems/unsupported-media-type",
            "text/plain|Content-Type: text/plain|X-Nothing: 1|415|/problems/unsupported-media-type",
            "no content type|X-Nothing: 1|X-Nothing: 2|415|/problems/unsupported-media-type",
            "JSON in UTF-16 said, UTF-8 sent|Content-Type: application/json; charset=utf-16|X-Nothing: 1|415|/problems/unsupported-media-type",
            "another tenant's token as well|Content-Type: application/json|Authorization: OTHER|401|/problems/unauthenticated"})
    void aDecisionWithOddHeadersIsRefusedAndTheContactStaysUndecided(String odd, String first, String second,
                                                                       int status, String type) {
        UUID contactId = claimedContact();
        byte[] body = DECISION.getBytes(StandardCharsets.UTF_8);

        Exchange exchange = RawConnection.send(server.getPort(), "POST /v1/mash/contacts/" + contactId
                        + "/decision HTTP/1.1", "Host: localhost", "Authorization: " + triager.bearer(),
                first, second.replace("OTHER", otherTenantsTriager.bearer()), "Content-Length: " + body.length,
                "Connection: close", "", DECISION);

        assertEquals(List.of(status), exchange.statuses(), () -> odd + ": " + exchange.text());
        assertTrue(exchange.body().contains("\"type\":\"" + type + "\""), () -> odd + ": " + exchange.body());
        assertEquals(1, stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND state = 'CLAIMED'",
                contactId.toString()));
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?",
                contactId.toString()));
    }

    @Test
    void jsonSaidToBeUtf8InAnyCaseIsTaken() {
        UUID contactId = claimedContact();

        Exchange exchange = RawConnection.send(server.getPort(), "POST /v1/mash/contacts/" + contactId
                        + "/decision HTTP/1.1", "Host: localhost", "Authorization: " + triager.bearer(),
                "Content-Type: application/json; charset=UTF-8", "Content-Length: " + DECISION.length(),
                "Connection: close", "", DECISION);

        assertEquals(List.of(200), exchange.statuses(), exchange::text);
    }

    private UUID claimedContact() {
        UUID contactId = Referrer.contactFor(api, triager, referrer.refer(Captures.incident())).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        return contactId;
    }
}
