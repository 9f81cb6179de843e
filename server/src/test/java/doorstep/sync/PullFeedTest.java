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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A feed pull the server cannot place is refused rather than answered from the start. */
@MicronautTest(environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedRefusalsTest implements ServerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TenantDirectory tenants;

    Api api;
    SignedIn officer;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
        tenants.register(TENANT, "Test Borough MASH");
        api = new Api(client.toBlocking());
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        device = api.enrol(officer);
    }

    @Test
    void cursorThisServerDidNotGiveOutIsRefusedNamingTheCursor() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId()
                + "&cursor=not-a-cursor"), officer, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("cursor"), Api.violatedFields(problem));
    }
}
