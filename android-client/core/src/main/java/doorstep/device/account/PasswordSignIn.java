package doorstep.device.account;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Firebase Auth's REST API, as the Firebase SDK uses it: {@code accounts:signInWithPassword} for
 * email and password, the secure token endpoint to refresh. Blocking: call it off the main thread.
 * Neither the password nor a token is ever put into an exception or a log.
 */
public final class PasswordSignIn {

    private static final MediaType JSON = MediaType.get("application/json");

    private final AuthEndpoint endpoint;
    private final OkHttpClient http;
    private final Clock clock;
    private final Gson gson = new Gson();

    public PasswordSignIn(AuthEndpoint endpoint, OkHttpClient http, Clock clock) {
        this.endpoint = endpoint;
        this.http = http;
        this.clock = clock;
    }

    public Session signIn(String email, String password) throws SignInProblem {
        String body = gson.toJson(Map.of("email", email, "password", password, "returnSecureToken", true));
        JsonObject answer = call(new Request.Builder().url(endpoint.signInUrl())
                .post(RequestBody.create(body, JSON)).build());
        return session(answer, "localId", "idToken", "refreshToken", "expiresIn");
    }

    public Session refresh(String refreshToken) throws SignInProblem {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token").add("refresh_token", refreshToken).build();
        JsonObject answer = call(new Request.Builder().url(endpoint.refreshUrl()).post(form).build());
        return session(answer, "user_id", "id_token", "refresh_token", "expires_in");
    }

    private JsonObject call(Request request) throws SignInProblem {
        try (Response response = http.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            JsonObject answer = parse(text);
            if (response.isSuccessful() && answer != null) {
                return answer;
            }
            if (response.code() >= 500 || answer == null) {
                throw new SignInProblem(SignInFailure.SERVICE_TROUBLE);
            }
            throw new SignInProblem(SignInFailure.fromFirebase(errorCode(answer)));
        } catch (IOException e) {
            throw new SignInProblem(SignInFailure.NO_SIGNAL, e);
        }
    }

    private Session session(JsonObject answer, String user, String idToken, String refreshToken, String expiresIn)
            throws SignInProblem {
        try {
            return new Session(answer.get(user).getAsString(), answer.get(idToken).getAsString(),
                    answer.get(refreshToken).getAsString(),
                    clock.instant().plusSeconds(Long.parseLong(answer.get(expiresIn).getAsString())));
        } catch (RuntimeException incomplete) {
            throw new SignInProblem(SignInFailure.SERVICE_TROUBLE);
        }
    }

    private JsonObject parse(String text) {
        try {
            JsonElement parsed = gson.fromJson(text, JsonElement.class);
            return parsed != null && parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** Firebase puts the code first in error.message, sometimes followed by " : explanation". */
    private static String errorCode(JsonObject answer) {
        JsonElement error = answer.get("error");
        if (error == null || !error.isJsonObject() || !error.getAsJsonObject().has("message")) {
            return "";
        }
        return error.getAsJsonObject().get("message").getAsString().split("[ :]", 2)[0];
    }
}
