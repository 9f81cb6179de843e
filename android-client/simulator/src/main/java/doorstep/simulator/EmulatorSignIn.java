package doorstep.simulator;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import doorstep.device.sync.TokenSource;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Signs a demo user in through the Firebase Auth emulator's REST API, as the app's Firebase SDK
 * would, and hands out the ID token until it is near expiry.
 */
public final class EmulatorSignIn implements TokenSource {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(50);
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient();
    private final Gson gson = new Gson();
    private final String emulatorHost;
    private final String email;
    private final String password;
    private final Clock clock;
    private String token;
    private Instant fetchedAt = Instant.MIN;

    public EmulatorSignIn(String emulatorHost, String email, String password, Clock clock) {
        this.emulatorHost = emulatorHost;
        this.email = email;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public synchronized String idToken() throws IOException {
        if (token == null || clock.instant().isAfter(fetchedAt.plus(REFRESH_AFTER))) {
            token = signIn();
            fetchedAt = clock.instant();
        }
        return token;
    }

    private String signIn() throws IOException {
        String body = gson.toJson(Map.of("email", email, "password", password, "returnSecureToken", true));
        Request request = new Request.Builder()
                .url("http://" + emulatorHost + "/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=any")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("Sign-in for " + email + " failed with HTTP " + response.code()
                        + "; is ./doorstep run running?");
            }
            return gson.fromJson(response.body().string(), JsonObject.class).get("idToken").getAsString();
        }
    }
}
