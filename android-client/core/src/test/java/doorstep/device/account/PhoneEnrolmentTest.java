package doorstep.device.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.api.client.ApiClient;
import doorstep.device.api.model.DeviceEnrolmentRequest.PlatformEnum;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.sync.DeviceIdentity;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enrolling the phone after sign-in keeps the intake key for sealing with no signal. */
class PhoneEnrolmentTest {

    private final MockWebServer server = new MockWebServer();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private PhoneEnrolment enrolment;

    @BeforeEach
    void start() throws IOException {
        server.start();
        ApiClient api = new ApiClient();
        api.setBasePath(server.url("/").toString().replaceAll("/$", ""));
        enrolment = new PhoneEnrolment(api, () -> "id-token", store);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void enrollingSendsThisPhonesIdAndKeepsTheIntakeKey() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"deviceId\":\"" + DeviceIdentity.loadOrCreate(store) + "\",\"tenantId\":\"demo\","
                        + "\"enrolledAt\":\"2026-12-04T02:00:00Z\",\"intakeKey\":{\"keyId\":\"k1\",\"publicKeyset\":\"{}\"}}"));

        enrolment.enrol(PlatformEnum.ANDROID, "0.1.0");

        assertTrue(enrolment.isEnrolled());
        assertEquals("{}", enrolment.intakeKey().orElseThrow());
        RecordedRequest request = server.takeRequest();
        assertEquals("POST /v1/devices HTTP/1.1", request.getRequestLine());
        assertEquals("Bearer id-token", request.getHeader("Authorization"));
        assertTrue(request.getBody().readUtf8().contains(DeviceIdentity.loadOrCreate(store).toString()));
    }

    @Test
    void aRefusedPhoneIsToldPlainlyAndNothingIsKept() {
        server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403}"));

        SignInProblem problem = assertThrows(SignInProblem.class, () -> enrolment.enrol(PlatformEnum.ANDROID, "0.1.0"));

        assertEquals(SignInFailure.PHONE_NOT_ALLOWED, problem.failure());
        assertFalse(enrolment.isEnrolled());
    }
}
