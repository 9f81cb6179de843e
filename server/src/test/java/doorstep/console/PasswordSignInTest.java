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
import java.util.Optional;
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
                        answer(second.getOutputStream());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            PasswordSignIn signIn = new PasswordSignIn(JsonMapper.createDefault(),
                    URI.create("http://127.0.0.1:" + service.getLocalPort() + "/v1/accounts:signInWithPassword?key=k"));

            Optional<String> token = signIn.idToken("triager@example.invalid", "password");

            serving.get();
            assertEquals(Optional.of("token-from-the-service"), token);
            assertEquals(2, requests.get(), "sent twice");
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

    private static void answer(OutputStream out) throws IOException {
        byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }
}
