package doorstep.console;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Email and password to an ID token, against an identity service that misbehaves as real ones do. */
class PasswordSignInTest {

    private static final String ANSWER = "{\"idToken\":\"token-from-the-service\"}";

    @Test
    void aSignInSentAsTheServiceClosesTheConnectionIsSentOnceMore() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket service = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                try {
                    // The first request meets a connection closed without a byte of answer, as Node closes an idle one.
                    try (Socket first = service.accept()) {
                        readRequest(first);
                        requests.incrementAndGet();
                    }
                    try (Socket second = service.accept()) {
                        readRequest(second);
                        requests.incrementAndGet();
                        answer(second.getOutputStream(), "200 OK", ANSWER);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            PasswordSignIn signIn = new PasswordSignIn(JsonMapper.createDefault(),
                    URI.create("http://127.0.0.1:" + service.getLocalPort() + "/v1/accounts:signInWithPassword?key=k"));

            PasswordAnswer answer = signIn.check("triager@example.invalid", "password");

            serving.get();
            assertEquals(new PasswordAnswer.SignedIn("token-from-the-service"), answer);
            assertEquals(2, requests.get(), "sent twice");
        }
    }

    @Test
    void firebaseHoldingBackSignInsIsToldApartFromWrongDetails() throws Exception {
        String firebase = "{\"error\":{\"code\":400,\"message\":\"TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account"
                + " has been temporarily disabled due to many failed login attempts.\",\"errors\":[{\"message\":"
                + "\"TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many"
                + " failed login attempts.\",\"domain\":\"global\",\"reason\":\"invalid\"}]}}";

        assertEquals(PasswordAnswer.Refused.TOO_MANY_ATTEMPTS, answerTo(firebase));
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndADisabledAccountGetTheOneAnswer() throws Exception {
        for (String code : List.of("INVALID_LOGIN_CREDENTIALS", "INVALID_PASSWORD", "EMAIL_NOT_FOUND", "USER_DISABLED",
                "USER_DISABLED : The user account has been disabled by an administrator.")) {
            String firebase = "{\"error\":{\"code\":400,\"message\":\"" + code + "\",\"errors\":[{\"message\":\""
                    + code + "\",\"domain\":\"global\",\"reason\":\"invalid\"}]}}";

            assertEquals(PasswordAnswer.Refused.WRONG_DETAILS, answerTo(firebase), code);
        }
    }

    /** What a sign-in comes to when the service answers HTTP 400 with this body. */
    private static PasswordAnswer answerTo(String badRequestBody) throws Exception {
        try (ServerSocket service = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                try (Socket socket = service.accept()) {
                    readRequest(socket);
                    answer(socket.getOutputStream(), "400 Bad Request", badRequestBody);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            PasswordSignIn signIn = new PasswordSignIn(JsonMapper.createDefault(),
                    URI.create("http://127.0.0.1:" + service.getLocalPort() + "/v1/accounts:signInWithPassword?key=k"));

            PasswordAnswer answer = signIn.check("triager@example.invalid", "password");
            serving.get();
            return answer;
        }
    }

    private static void readRequest(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        in.read(new char[length]);
    }

    private static void answer(OutputStream out, String status, String answer) throws IOException {
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }
}
