package doorstep.console;

import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser without JavaScript against the console: forms posted as a browser posts them, redirects not followed. */
record ConsoleBrowser(URL server) {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return post("/console/sign-in", null, "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /** The session cookie's value after the user signs in. */
    String sessionOf(SignedIn user) throws IOException, InterruptedException {
        HttpResponse<String> answer = signIn(user.email(), EmulatorUsers.PASSWORD);
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError(
                "no session: the sign-in answered " + answer.statusCode() + " " + answer.body()));
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    static String formToken(String page) {
        Matcher token = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return HTTP.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param headers more headers, as name, value, name, value... (Origin, Sec-Fetch-Site) */
    HttpResponse<String> post(String path, String session, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, session).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Another method, as a hostile client sends it: no body, no session. */
    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return HTTP.send(request(path, null).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server + path));
        return session == null ? builder : builder.header("Cookie", SessionGate.COOKIE + "=" + session);
    }
}
