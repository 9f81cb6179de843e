package doorstep.testing;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Calls the real server over HTTP as a given user, and reads refusals as problems. */
public record Api(BlockingHttpClient http) {

    public <T> T call(MutableHttpRequest<?> request, EmulatorUsers.SignedIn user, Class<T> type) {
        return http.retrieve(request.header("Authorization", user.bearer()), type);
    }

    public DeviceEnrolment enrol(EmulatorUsers.SignedIn user) {
        return call(HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(UUID.randomUUID(),
                DeviceEnrolmentRequestPlatform.SIMULATOR, "test")), user, DeviceEnrolment.class);
    }

    /** Sends the request as this user, expects a refusal with this status, and returns its problem body. */
    public Map<String, Object> refusal(MutableHttpRequest<?> request, EmulatorUsers.SignedIn user, int status) {
        return refusal(request.header("Authorization", user.bearer()), status);
    }

    /** Sends the request, expects a refusal with this status, and returns its problem body. */
    public Map<String, Object> refusal(MutableHttpRequest<?> request, int status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(request, Argument.of(String.class), Argument.mapOf(String.class, Object.class)));
        assertEquals(status, e.getStatus().getCode(), "status");
        assertEquals("application/problem+json", e.getResponse().getContentType().map(Object::toString).orElse(""));
        return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    }

    /** The fields a problem's violations name, in the order given. */
    @SuppressWarnings("unchecked")
    public static List<String> violatedFields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("violations")).stream()
                .map(v -> (String) v.get("field"))
                .toList();
    }
}
