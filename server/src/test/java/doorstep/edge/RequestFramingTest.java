package doorstep.edge;

import doorstep.testing.RawConnection;
import doorstep.testing.RawConnection.Exchange;
import doorstep.testing.ServerTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request whose length the server and a proxy in front of it could read differently is refused
 * and its connection closed, so the bytes after it never run as a second, smuggled request
 * (RFC 9112 sections 6.1 and 6.3). Each request is followed, in the same bytes, by a smuggled one.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFramingTest implements ServerTest {

    private static final String SMUGGLED = "GET /management/health HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Inject
    EmbeddedServer server;

    @Test
    void unknownTransferCodingIsNotImplementedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Transfer-Encoding: cats", "", SMUGGLED);

        assertRefusedAlone(exchange, 501, "/problems/unsupported-transfer-coding");
    }

    @Test
    void unknownCodingBeforeChunkedIsNotImplementedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Transfer-Encoding: cats, chunked", "", "0", "", SMUGGLED);

        assertRefusedAlone(exchange, 501, "/problems/unsupported-transfer-coding");
    }

    @Test
    void chunkedThatIsNotTheFinalCodingIsRefusedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Transfer-Encoding: chunked, cats", "", "0", "", SMUGGLED);

        assertRefusedAlone(exchange, 400, "/problems/malformed-message");
    }

    @Test
    void foldedTransferEncodingIsNotReadAsChunkedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Transfer-Encoding: chunked", " cats", "", "0", "", SMUGGLED);

        assertRefusedAlone(exchange, 501, "/problems/unsupported-transfer-coding");
    }

    @Test
    void transferEncodingInAnHttp10RequestIsRefusedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.0", "Host: localhost", "Content-Type: application/json",
                "Transfer-Encoding: chunked", "", "0", "", SMUGGLED);

        assertRefusedAlone(exchange, 400, "/problems/malformed-message");
    }

    @Test
    void contentLengthsThatDisagreeAreRefusedAndWhatFollowsNeverRuns() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Content-Length: 0", "Content-Length: 2", "", SMUGGLED);

        assertRefusedAlone(exchange, 400, "/problems/malformed-message");
    }

    @Test
    void transferEncodingWithContentLengthIsRefusedAndWhatFollowsNeverRuns() {
        // Read by Content-Length, the body would be "0\r\n\r\nGET" and the rest a broken request.
        Exchange exchange = RawConnection.send(server.getPort(),
                "POST /v1/submissions HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Content-Length: 8", "Transfer-Encoding: chunked", "", "0", "", SMUGGLED);

        assertRefusedAlone(exchange, 400, "/problems/malformed-message");
    }

    @Test
    void wellFramedRequestsOnOneConnectionAreAllAnswered() {
        Exchange exchange = RawConnection.send(server.getPort(),
                "GET /management/health HTTP/1.1", "Host: localhost", "", SMUGGLED.replace("\r\n\r\n",
                        "\r\nConnection: close\r\n\r\n"));

        assertEquals(List.of(200, 200), exchange.statuses(), exchange::text);
    }

    private static void assertRefusedAlone(Exchange exchange, int status, String type) {
        assertEquals(List.of(status), exchange.statuses(), exchange::text);
        assertTrue(exchange.head().toLowerCase().contains("content-type: application/problem+json"), exchange::head);
        assertTrue(exchange.body().contains("\"type\":\"" + type + "\""), exchange::body);
        assertTrue(exchange.closedByServer(), "the connection is closed after the refusal");
        assertTrue(exchange.head().toLowerCase().contains("x-content-type-options: nosniff"), exchange::head);
    }
}
