package doorstep.identity;

import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.IdToken;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Auth emulator signs no tokens, so a development run checks an emulator token's claims
 * against the user the emulator stores: an edited token is refused, an untouched one works.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorModeClaimsTest extends ApiTest {

    private static final String QUEUE = "/v1/mash/contacts";
    private static final String UNAUTHENTICATED = "/problems/unauthenticated";

    @Test
    void triagersOwnTokenReadsTheQueue() {
        EmulatorUsers.SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        assertEquals(200, api.http().exchange(queue(triager.idToken()), String.class).getStatus().getCode());
    }

    @Test
    void officersTokenWithItsRolesEditedIsRefused() {
        EmulatorUsers.SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");

        String promoted = IdToken.tampered(officer.idToken(), "roles", List.of("mash-triager"));

        assertEquals(UNAUTHENTICATED, api.refusal(queue(promoted), 401).get("type"));
    }

    @Test
    void tokenWithItsTenantEditedIsRefused() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        EmulatorUsers.SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        String moved = IdToken.tampered(triager.idToken(), "tenant", OTHER_TENANT);

        assertEquals(UNAUTHENTICATED, api.refusal(queue(moved), 401).get("type"));
    }

    @Test
    void tokenWithItsAgencyEditedIsRefused() {
        EmulatorUsers.SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");

        String other = IdToken.tampered(triager.idToken(), "agency", "police");

        Map<String, Object> problem = api.refusal(queue(other), 401);

        assertEquals(UNAUTHENTICATED, problem.get("type"));
    }

    private static MutableHttpRequest<?> queue(String idToken) {
        return HttpRequest.GET(QUEUE).bearerAuth(idToken);
    }
}
