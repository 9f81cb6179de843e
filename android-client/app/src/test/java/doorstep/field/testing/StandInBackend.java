package doorstep.field.testing;

import doorstep.device.account.AuthEndpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Firebase Auth's REST API and Doorstep's enrolment on one local port, answering as the Auth emulator
 * and the server do, for the sign-in screens. One officer exists: {@link #EMAIL} with {@link #PASSWORD}.
 */
public final class StandInBackend extends Dispatcher implements AutoCloseable {

    public static final String EMAIL = "officer@demo.doorstep.test";
    public static final String PASSWORD = "right-password-7";

    private final MockWebServer server = new MockWebServer();
    private final List<String> calls = new ArrayList<>();
    private String signInError;

    public StandInBackend() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException("The stand-in backend could not listen on a local port", e);
        }
    }

    /** Points the test app's Firebase Auth here, and returns the Doorstep server address to type. */
    public String connect(TestFieldApp app) {
        app.useAuth(AuthEndpoint.emulator(server.url("/").toString(), "test-key"));
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** Every sign-in from now on fails with Firebase's error code {@code code}. */
    public void refuseSignInWith(String code) {
        signInError = code;
    }

    /** Method and path of each call, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath().replaceAll("\\?.*", "");
        calls.add(request.getMethod() + " " + path);
        if (path.endsWith("accounts:signInWithPassword")) {
            String body = request.getBody().readUtf8();
            if (signInError == null && !(body.contains(EMAIL) && body.contains(PASSWORD))) {
                return error("INVALID_LOGIN_CREDENTIALS");
            }
            return signInError != null ? error(signInError) : json(200, "{\"localId\":\"uid-1\",\"idToken\":\"id-1\","
                    + "\"refreshToken\":\"refresh-1\",\"expiresIn\":\"3600\"}");
        }
        if (path.equals("/v1/devices")) {
            return json(200, "{\"deviceId\":\"" + request.getBody().readUtf8().replaceAll(".*\"deviceId\":\"([^\"]+)\".*", "$1")
                    + "\",\"tenantId\":\"demo\",\"enrolledAt\":\"2026-12-04T02:00:00Z\","
                    + "\"intakeKey\":{\"keyId\":\"k1\",\"publicKeyset\":\"{}\"}}");
        }
        return new MockResponse().setResponseCode(404);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    private static MockResponse error(String code) {
        return json(400, "{\"error\":{\"code\":400,\"message\":\"" + code + "\"}}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
