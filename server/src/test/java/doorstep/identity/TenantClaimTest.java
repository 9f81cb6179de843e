package doorstep.identity;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import doorstep.api.model.SubmissionBatch;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A tenant id compares exactly: a token whose tenant claim is ours in another letter case or with
 * a trailing space is not ours, and is refused at sign-in on every endpoint family, before it can
 * read a contact, a person or the tenant's intake key.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantClaimTest extends ApiTest {

    UUID contactId;
    UUID childId;
    UUID deviceId;

    @BeforeAll
    void setUp() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer referrer = Referrer.policeOfficer(api, TENANT);
        ContactDetail contact = Referrer.openContact(api, triager, referrer.refer(Captures.incident()));
        contactId = contact.getSummary().getContactId();
        childId = contact.getChildNetworks().get(0).getPerson().getPersonId();
        deviceId = referrer.device().getDeviceId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEST-LA", "test-la ", "Test-La", " test-la", "test_la"})
    void aTenantClaimNotInCanonicalFormIsRefusedOnEveryEndpointFamily(String claim) {
        SignedIn lookalike = EmulatorUsers.signedIn(claim, "social-care",
                "practitioner", "mash-triager", "mash-manager", "admin");

        for (Supplier<MutableHttpRequest<?>> request : everyFamily()) {
            Map<String, Object> problem = api.refusal(request.get(), lookalike, 403);

            assertEquals("/problems/tenant-claim-not-canonical", problem.get("type"), request.get().getPath());
        }
    }

    @Test
    void aTenantIdNotInCanonicalFormCannotBeSetUp() {
        assertThrows(IllegalArgumentException.class, () -> tenants.register("Test-LA", "Test Borough MASH"));
        assertFalse(tenants.exists("TEST-LA"), "ids compare exactly in the database too");
    }

    private List<Supplier<MutableHttpRequest<?>>> everyFamily() {
        return List.of(
                () -> HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(UUID.randomUUID(),
                        DeviceEnrolmentRequestPlatform.SIMULATOR, "test")),
                () -> HttpRequest.POST("/v1/submissions", new SubmissionBatch(deviceId, List.of())),
                () -> HttpRequest.GET("/v1/feed?deviceId=" + deviceId),
                () -> HttpRequest.GET("/v1/mash/contacts"),
                () -> HttpRequest.GET("/v1/mash/contacts/" + contactId),
                () -> HttpRequest.GET("/v1/reference/risk-checklists/safelives-dash"),
                () -> HttpRequest.GET("/v1/people/" + childId + "/network"),
                () -> HttpRequest.GET("/v1/people/reviews"));
    }
}
