package doorstep.field.testing;

import doorstep.device.account.AuthEndpoint;
import doorstep.device.api.client.JSON;
import doorstep.device.api.model.FeedEntry;
import doorstep.device.api.model.FeedPage;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.Submission;
import doorstep.device.api.model.SubmissionBatch;
import doorstep.device.api.model.SubmissionResult;
import doorstep.device.api.model.SubmissionResults;
import doorstep.device.api.model.SubmissionStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Firebase Auth's REST API and Doorstep's enrolment, submissions, feed and return home tasks on one
 * local port, answering as the Auth emulator and the server do, for the sign-in screens and the sync.
 * One officer exists: {@link #EMAIL} with {@link #PASSWORD}. Every pushed capture is accepted.
 */
public final class StandInBackend extends Dispatcher implements AutoCloseable {

    public static final String EMAIL = "officer@demo.doorstep.test";
    public static final String PASSWORD = "right-password-7";

    private final MockWebServer server = new MockWebServer();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<UUID> received = new CopyOnWriteArrayList<>();
    private final List<FeedEntry> feed = new CopyOnWriteArrayList<>();
    private final Map<UUID, ReturnHomeTask> tasks = new HashMap<>();
    private String signInError;
    private volatile String userId = "uid-1";
    private String problemType;

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

    /** Every sign-in from now on is a different officer's account, with Firebase uid {@code uid}. */
    public void signInAs(String uid) {
        userId = uid;
    }

    /** Every sign-in from now on fails with Firebase's error code {@code code}. */
    public void refuseSignInWith(String code) {
        signInError = code;
    }

    /** From now on each pull of the feed brings {@code entry}. */
    public void addToFeed(FeedEntry entry) {
        feed.add(entry);
    }

    public synchronized void knowTask(ReturnHomeTask task) {
        tasks.put(task.getTaskId(), task);
    }

    /** From now on every Doorstep call is refused with a 403 problem of this type, as for a revoked device. */
    public void refuseDoorstepCallsWith(String type) {
        problemType = type;
    }

    /** The submission ids of every capture pushed, in order. */
    public List<UUID> received() {
        return List.copyOf(received);
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
            return signInError != null ? error(signInError) : json(200, "{\"localId\":\"" + userId + "\",\"idToken\":\"id-token-7q\","
                    + "\"refreshToken\":\"refresh-1\",\"expiresIn\":\"3600\"}");
        }
        if (path.equals("/v1/devices")) {
            return json(200, "{\"deviceId\":\"" + request.getBody().readUtf8().replaceAll(".*\"deviceId\":\"([^\"]+)\".*", "$1")
                    + "\",\"tenantId\":\"demo\",\"enrolledAt\":\"2026-12-04T02:00:00Z\","
                    + "\"intakeKey\":{\"keyId\":\"k1\",\"publicKeyset\":\"{}\"}}");
        }
        if (problemType != null && path.startsWith("/v1/")) {
            return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"type\":\"" + problemType + "\",\"title\":\"This device was revoked\",\"status\":403}");
        }
        if (path.equals("/v1/submissions")) {
            return json(200, JSON.getGson().toJson(accept(JSON.getGson().fromJson(request.getBody().readUtf8(),
                    SubmissionBatch.class))));
        }
        if (path.equals("/v1/feed")) {
            return json(200, JSON.getGson().toJson(new FeedPage().entries(new ArrayList<>(feed)).nextCursor("c1").hasMore(false)));
        }
        if (path.startsWith("/v1/return-home/tasks/")) {
            ReturnHomeTask task;
            synchronized (this) {
                task = tasks.get(UUID.fromString(path.substring("/v1/return-home/tasks/".length())));
            }
            return task == null ? new MockResponse().setResponseCode(404) : json(200, JSON.getGson().toJson(task));
        }
        return new MockResponse().setResponseCode(404);
    }

    private SubmissionResults accept(SubmissionBatch batch) {
        List<SubmissionResult> results = new ArrayList<>();
        for (Submission item : batch.getItems()) {
            received.add(item.getSubmissionId());
            results.add(new SubmissionResult().submissionId(item.getSubmissionId()).status(SubmissionStatus.ACCEPTED)
                    .receiptId(UUID.randomUUID()));
        }
        return new SubmissionResults().results(results);
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
