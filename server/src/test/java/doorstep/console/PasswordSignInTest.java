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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Email and password to an ID token, against an identity service that misbehaves as real ones do. */
class PasswordSignInTest {

    private static final String SIGNED_IN = "200 OK {\"idToken\":\"token-from-the-service\"}";
    /** What a Node server does to a request sent on a keep-alive connection as it closes it: not a byte. */
    private static final String CLOSED_UNANSWERED = null;

    @Test
    void aSignInSentAsTheServiceClosesTheConnectionIsSentOnceMore() throws Exception {
        Answered answered = signInAgainst(CLOSED_UNANSWERED, SIGNED_IN);

        assertEquals(new PasswordAnswer.SignedIn("token-from-the-service"), answered.answer());
        assertEquals(2, answered.requests(), "sent twice");
    }

    @Test
    void firebaseHoldingBackSignInsIsToldApartFromWrongDetails() throws Exception {
        String firebase = "{\"error\":{\"code\":400,\"message\":\"TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account"
                + " has been temporarily disabled due to many failed login attempts.\",\"errors\":[{\"message\":"
                + "\"TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many"
                + " failed login attempts.\",\"domain\":\"global\",\"reason\":\"invalid\"}]}}";

        assertEquals(PasswordAnswer.Refused.TOO_MANY_ATTEMPTS, signInAgainst("400 Bad Request " + firebase).answer());
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndADisabledAccountGetTheOneAnswer() throws Exception {
        for (String code : List.of("INVALID_LOGIN_CREDENTIALS", "INVALID_PASSWORD", "EMAIL_NOT_FOUND", "USER_DISABLED",
                "USER_DISABLED : The user account has been disabled by an administrator.")) {
            String firebase = "{\"error\":{\"code\":400,\"message\":\"" + code + "\",\"errors\":[{\"message\":\""
                    + code + "\",\"domain\":\"global\",\"reason\":\"invalid\"}]}}";

            assertEquals(PasswordAnswer.Refused.WRONG_DETAILS, signInAgainst("400 Bad Request " + firebase).answer(), code);
        }
    }

    record Answered(PasswordAnswer answer, int requests) {
    }

    /**
     * Signs in against a service that answers each connection in turn with a status and body ("200 OK {...}"),
     * or closes it unanswered for {@link #CLOSED_UNANSWERED}; says what sign-in made of it and how many requests came.
     */
    private static Answered signInAgainst(String... answers) throws Exception {
        try (ServerSocket service = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> {
                int requests = 0;
                for (String answer : Arrays.asList(answers)) {
                    try (Socket connection = service.accept()) {
                        readRequest(connection);
                        requests++;
                        if (answer != null) {
                            int body = answer.indexOf('{');
                            answer(connection.getOutputStream(), answer.substring(0, body).trim(), answer.substring(body));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return requests;
            });
            PasswordSignIn signIn = new PasswordSignIn(JsonMapper.createDefault(),
                    URI.create("http://127.0.0.1:" + service.getLocalPort() + "/v1/accounts:signInWithPassword?key=k"));

            PasswordAnswer answer = signIn.check("triager@example.invalid", "password");
            return new Answered(answer, serving.get());
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
