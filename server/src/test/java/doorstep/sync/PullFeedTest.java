package doorstep.sync;

import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.DeviceAction;
import doorstep.api.model.DeviceCommand;
import doorstep.api.model.DeviceCommandRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.testing.Captures;
import doorstep.testing.Referrer;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a device gets when it pulls its feed, whether or not anything is waiting. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PullFeedTest extends ApiTest {

    BlockingHttpClient http;
    SignedIn officer;
    DeviceEnrolment device;

    @BeforeAll
    void setUp() {
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

    @Test
    void pagesResumeFromTheCursorUntilNothingIsLeft() {
        SignedIn referrer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer officerWithPhone = Referrer.enrolled(api, referrer);
        for (int i = 0; i < 3; i++) {
            UUID contact = Referrer.contactFor(api, triager, officerWithPhone.refer(Captures.incident())).getContactId();
            api.call(HttpRequest.POST("/v1/mash/contacts/" + contact + "/claim", ""), triager, ContactSummary.class);
            api.call(HttpRequest.POST("/v1/mash/contacts/" + contact + "/decision",
                    new DecisionRequest(Outcome.NO_FURTHER_ACTION, "No concerns once the family was seen.")),
                    triager, ContactSummary.class);
        }
        String feed = "/v1/feed?limit=2&deviceId=" + officerWithPhone.device().getDeviceId();

        FeedPage first = api.call(HttpRequest.GET(feed), referrer, FeedPage.class);
        FeedPage second = api.call(HttpRequest.GET(feed + "&cursor=" + first.getNextCursor()), referrer, FeedPage.class);
        FeedPage third = api.call(HttpRequest.GET(feed + "&cursor=" + second.getNextCursor()), referrer, FeedPage.class);

        assertEquals(2, first.getEntries().size());
        assertTrue(first.getHasMore());
        assertEquals(1, second.getEntries().size());
        assertFalse(second.getHasMore());
        assertEquals(List.of(), third.getEntries());
        assertEquals(second.getNextCursor(), third.getNextCursor());
    }

    @Test
    void deviceCommandReachesOnlyTheDeviceItWasIssuedTo() {
        SignedIn owner = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn admin = EmulatorUsers.signedIn(TENANT, "social-care", "admin");
        DeviceEnrolment lost = api.enrol(owner);
        DeviceEnrolment kept = api.enrol(owner);

        api.call(HttpRequest.POST("/v1/devices/" + lost.getDeviceId() + "/commands",
                new DeviceCommandRequest(DeviceAction.WIPE)), admin, DeviceCommand.class);

        FeedPage lostFeed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + lost.getDeviceId()), owner, FeedPage.class);
        FeedPage keptFeed = api.call(HttpRequest.GET("/v1/feed?deviceId=" + kept.getDeviceId()), owner, FeedPage.class);
        assertEquals(1, lostFeed.getEntries().size());
        assertEquals(DeviceAction.WIPE, lostFeed.getEntries().get(0).getCommand().getAction());
        assertEquals(List.of(), keptFeed.getEntries());
    }

    private static Map<String, Object> json(String body) {
        try {
            return JsonMapper.createDefault().readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
