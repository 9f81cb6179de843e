package doorstep.sync;

import doorstep.api.model.DeviceEnrolment;
import doorstep.identity.TenantDirectory;
import doorstep.testing.Api;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.ServerTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a device gets when it pulls its feed, whether or not anything is waiting. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PullFeedTest implements ServerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TenantDirectory tenants;

    BlockingHttpClient http;
    Api api;
    SignedIn officer;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
        tenants.register(TENANT, "Test Borough MASH");
        http = client.toBlocking();
        api = new Api(http);
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        device = api.enrol(officer);
    }

    @Test
    void emptyPageStillCarriesItsEntriesListAndACursor() {
        String body = http.retrieve(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId())
                .header("Authorization", officer.bearer()));

        Map<String, Object> page = json(body);
        assertEquals(List.of(), page.get("entries"), body);
        assertEquals(false, page.get("hasMore"));
        assertTrue(page.get("nextCursor") instanceof String, body);
    }

    @Test
    void cursorThisServerDidNotGiveOutIsRefusedNamingTheCursor() {
        Map<String, Object> problem = api.refusal(HttpRequest.GET("/v1/feed?deviceId=" + device.getDeviceId()
                + "&cursor=not-a-cursor"), officer, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("cursor"), Api.violatedFields(problem));
    }

    private static Map<String, Object> json(String body) {
        try {
            return JsonMapper.createDefault().readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
