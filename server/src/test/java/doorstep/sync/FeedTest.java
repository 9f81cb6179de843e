package doorstep.sync;

import doorstep.api.model.DeviceEnrolment;
import doorstep.identity.TenantDirectory;
import doorstep.testing.Api;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.ServerTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedTest implements ServerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TenantDirectory tenants;

    Api api;
    SignedIn officer;

    @BeforeAll
    void setUp() {
        tenants.register(TENANT, "Test Borough MASH");
        api = new Api(client.toBlocking());
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
    }

    @Test
    void emptyFeedStillSendsItsRequiredEntriesArray() {
        DeviceEnrolment device = api.enrol(officer);

        String body = api.call(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId()), officer, String.class);

        assertTrue(body.contains("\"entries\":[]"), body);
        assertTrue(body.contains("\"hasMore\":false"), body);
    }
}
