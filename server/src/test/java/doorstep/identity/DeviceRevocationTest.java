package doorstep.identity;

import doorstep.api.model.DeviceAction;
import doorstep.api.model.DeviceCommand;
import doorstep.api.model.DeviceCommandRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import doorstep.api.model.FeedPage;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResults;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A phone an administrator revokes (lost, stolen, or its user gone) is refused from then on, plainly
 * enough for the app to stop and tell its user; its user's other phones carry on.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceRevocationTest extends ApiTest {

    private static final String REVOKED = "/problems/device-revoked";

    @Inject
    DataSource dataSource;

    @Test
    void aRevokedPhoneCanNeitherPushNorPullNorEnrolAgainWhileItsUsersOtherPhoneCarriesOn() {
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn admin = EmulatorUsers.signedIn(TENANT, "social-care", "admin");
        DeviceEnrolment lost = api.enrol(officer);
        DeviceEnrolment kept = api.enrol(officer);

        api.call(HttpRequest.POST("/v1/devices/" + lost.getDeviceId() + "/commands",
                new DeviceCommandRequest(DeviceAction.REVOKE)), admin, DeviceCommand.class);

        UUID id = UUID.randomUUID();
        assertEquals(REVOKED, api.refusal(HttpRequest.POST("/v1/submissions", new SubmissionBatch(lost.getDeviceId(),
                List.of(Captures.sealed(Captures.incident(), lost.getIntakeKey().getPublicKeyset(), id,
                        lost.getDeviceId())))), officer, 403).get("type"));
        assertEquals(0, new StoredRows(dataSource).rowsFor(id), "nothing the revoked phone sent is stored");
        assertEquals(REVOKED, api.refusal(HttpRequest.GET("/v1/feed?deviceId=" + lost.getDeviceId()), officer, 403)
                .get("type"));
        assertEquals(REVOKED, api.refusal(HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(
                lost.getDeviceId(), DeviceEnrolmentRequestPlatform.SIMULATOR, "test")), officer, 403).get("type"));
        api.call(HttpRequest.GET("/v1/feed?deviceId=" + kept.getDeviceId()), officer, FeedPage.class);
        api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(kept.getDeviceId(),
                List.of(Captures.sealed(Captures.incident(), kept.getIntakeKey().getPublicKeyset(), UUID.randomUUID(),
                        kept.getDeviceId())))), officer, SubmissionResults.class);
    }

    @Test
    void onlyAnAdministratorOfTheTenantRevokes() {
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        DeviceEnrolment phone = api.enrol(officer);

        assertEquals("/problems/forbidden", api.refusal(HttpRequest.POST("/v1/devices/" + phone.getDeviceId()
                + "/commands", new DeviceCommandRequest(DeviceAction.REVOKE)), officer, 403).get("type"));
        assertEquals("/problems/forbidden", api.refusal(HttpRequest.POST("/v1/devices/" + phone.getDeviceId()
                + "/commands", new DeviceCommandRequest(DeviceAction.REVOKE)), triager, 403).get("type"));
        api.call(HttpRequest.GET("/v1/feed?deviceId=" + phone.getDeviceId()), officer, FeedPage.class);
    }
}
