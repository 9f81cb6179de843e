package doorstep.notify;

import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.internal.FirebaseProcessEnvironment;
import com.google.firebase.messaging.FirebaseMessaging;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real Firebase Admin SDK, with only its HTTP transport replaced (its own test seam) and fixed
 * credentials: every request FCM would get is kept, and answered as FCM answers, or with an error.
 */
final class RecordingFcm {

    static final String PROJECT = "doorstep-push-test";
    static final String ACCESS_TOKEN = "test-access-token";
    static final String SEND_URL = "https://fcm.googleapis.com/v1/projects/" + PROJECT + "/messages:send";

    /** One request as the SDK made it. */
    record Sent(String method, String url, String authorization, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> message() {
            try {
                Map<String, Object> json = JsonMapper.createDefault().readValue(body,
                        Argument.mapOf(String.class, Object.class));
                return (Map<String, Object>) json.get("message");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile int failWith;
    private final FirebaseApp app;

    RecordingFcm() {
        MockHttpTransport transport = new MockHttpTransport() {
            @Override
            public LowLevelHttpRequest buildRequest(String method, String url) {
                return new MockLowLevelHttpRequest(url) {
                    @Override
                    public com.google.api.client.http.LowLevelHttpResponse execute() throws IOException {
                        sent.add(new Sent(method, url, getFirstHeaderValue("authorization"), getContentAsString()));
                        return failWith == 0
                                ? json(200, "{\"name\":\"projects/" + PROJECT + "/messages/0:1\"}")
                                : json(failWith, "{\"error\":{\"code\":" + failWith + ",\"status\":\"NOT_FOUND\","
                                + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                                + "\"errorCode\":\"UNREGISTERED\"}]}}");
                    }
                };
            }
        };
        app = FirebaseApp.initializeApp(FirebaseOptions.builder()
                .setProjectId(PROJECT)
                .setCredentials(GoogleCredentials.create(new AccessToken(ACCESS_TOKEN, null)))
                .setHttpTransport(transport)
                .build(), "recording-fcm-" + UUID.randomUUID());
    }

    private static MockLowLevelHttpResponse json(int status, String body) {
        return new MockLowLevelHttpResponse().setStatusCode(status).setContentType("application/json").setContent(body);
    }

    /**
     * With the Auth emulator set for the process (as a server test before this one leaves it), the SDK
     * sends the emulator's bearer token ("owner") on every request, FCM's included: cleared here, so the
     * app's own credentials are the ones used. No server context is running while a plain test runs;
     * the next one sets the emulator again as it starts.
     */
    static RecordingFcm withoutAuthEmulator() {
        FirebaseProcessEnvironment.clearCache();
        return new RecordingFcm();
    }

    FirebaseMessaging messaging() {
        return FirebaseMessaging.getInstance(app);
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Answers every later request with this HTTP status and FCM's error body for an unregistered token; 0 for success. */
    void failWith(int status) {
        failWith = status;
    }

    void clear() {
        sent.clear();
    }

    void delete() {
        app.delete();
    }
}
