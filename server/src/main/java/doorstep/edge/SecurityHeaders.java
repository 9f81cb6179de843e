package doorstep.edge;

import io.micronaut.core.annotation.Nullable;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;

/**
 * Puts the security headers on every response, whoever wrote it: a controller, an error handler,
 * a framework filter or the decoder's own refusal. Everything the API serves is personal data, so
 * nothing is stored by a cache unless a response asks for caching itself, and an error never is.
 */
@ChannelHandler.Sharable
final class SecurityHeaders extends ChannelOutboundHandlerAdapter {

    /** JSON is never a document: it loads nothing and is framed by nobody. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** A starting point for the server-rendered console: its own scripts, styles and images only. */
    static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Nullable
    private final String strictTransport;

    SecurityHeaders(StrictTransportConfiguration strictTransport) {
        this.strictTransport = strictTransport.headerValue();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            harden(response);
        }
        ctx.write(msg, promise);
    }

    private void harden(HttpResponse response) {
        HttpHeaders headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (response.status().code() >= 400 || !headers.contains(HttpHeaderNames.CACHE_CONTROL)) {
            headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        }
        if (!headers.contains(HttpHeaderNames.CONTENT_SECURITY_POLICY)) {
            headers.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, isPage(headers) ? PAGE_POLICY : API_POLICY);
        }
        if (strictTransport != null) {
            headers.set("Strict-Transport-Security", strictTransport);
        }
    }

    private static boolean isPage(HttpHeaders headers) {
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        return type != null && type.regionMatches(true, 0, "text/html", 0, "text/html".length());
    }
}
