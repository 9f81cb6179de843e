package doorstep.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends a body byte for byte, with exactly the Content-Type given (or none), as a hostile client
 * would; Micronaut's client would serialise it or add a Content-Type of its own.
 */
public record RawJson(URL server) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    /** The status, Content-Type and body of the answer; the body as a map when it is JSON. */
    public record Answer(int status, String contentType, Map<String, Object> body) {
    }

    public Answer post(String path, String body, @Nullable String contentType, EmulatorUsers.SignedIn user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .header("Authorization", user.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, path);
    }

    public Answer get(String path, EmulatorUsers.SignedIn user) {
        return send(HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", user.bearer()).GET(), path);
    }

    private static Answer send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Map<String, Object> map = response.body().length == 0 ? Map.of()
                    : JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            return new Answer(response.statusCode(), type, map);
        } catch (IOException e) {
            throw new IllegalStateException("The request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
