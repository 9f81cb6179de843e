package doorstep.edge;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The headers as the handler writes them, for settings a running test server does not have. */
class SecurityHeadersHandlerTest {

    @Test
    void strictTransportSecurityIsSentWhenTurnedOn() {
        HttpResponse response = written(new StrictTransportConfiguration(true, Duration.ofDays(365), false),
                HttpResponseStatus.OK, null);

        assertEquals("max-age=31536000", response.headers().get("Strict-Transport-Security"));
    }

    @Test
    void strictTransportSecurityIsNotSentWhenOff() {
        HttpResponse response = written(new StrictTransportConfiguration(false, Duration.ofDays(365), false),
                HttpResponseStatus.OK, null);

        assertNull(response.headers().get("Strict-Transport-Security"));
    }

    @Test
    void pageGetsTheConsolePolicyAndJsonTheApiPolicy() {
        StrictTransportConfiguration off = new StrictTransportConfiguration(false, Duration.ZERO, false);

        assertEquals(SecurityHeaders.PAGE_POLICY, written(off, HttpResponseStatus.OK, "text/html; charset=utf-8")
                .headers().get(HttpHeaderNames.CONTENT_SECURITY_POLICY));
        assertEquals(SecurityHeaders.API_POLICY, written(off, HttpResponseStatus.OK, "application/json")
                .headers().get(HttpHeaderNames.CONTENT_SECURITY_POLICY));
    }

    @Test
    void errorIsNeverCachedEvenIfItAskedToBe() {
        StrictTransportConfiguration off = new StrictTransportConfiguration(false, Duration.ZERO, false);
        DefaultFullHttpResponse refusal = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
        refusal.headers().set(HttpHeaderNames.CACHE_CONTROL, "max-age=3600");

        assertEquals("no-store", write(off, refusal).headers().get(HttpHeaderNames.CACHE_CONTROL));
    }

    private static HttpResponse written(StrictTransportConfiguration hsts, HttpResponseStatus status, String type) {
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
        if (type != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        }
        return write(hsts, response);
    }

    private static HttpResponse write(StrictTransportConfiguration hsts, HttpResponse response) {
        EmbeddedChannel channel = new EmbeddedChannel(new SecurityHeaders(hsts));
        channel.writeOutbound(response);
        HttpResponse written = channel.readOutbound();
        channel.finishAndReleaseAll();
        return written;
    }
}
