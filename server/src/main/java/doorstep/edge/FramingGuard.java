package doorstep.edge;

import doorstep.problem.FrameworkProblems;
import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Stands between the HTTP decoder and Micronaut on one connection. The decoder already refuses a
 * Content-Length beside Transfer-Encoding, Content-Lengths that disagree and chunked that is not the
 * last coding; it reads any other unknown coding as "no body", so the body would run as a second,
 * smuggled request. This guard refuses those (RFC 9112 section 6.1), hands the refusal to Micronaut to
 * answer like any other problem, and from then on drops everything else the connection sends, so
 * the connection closes after the answer with nothing after the refused request run.
 */
final class FramingGuard extends ChannelInboundHandlerAdapter {

    private static final List<String> CHUNKED = List.of("chunked");

    private boolean closing;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        Object forwarded = msg;
        if (msg instanceof HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                closing = true;
                HttpUtil.setKeepAlive(request, false);
            } else {
                Problem problem = transferCodingProblem(request);
                if (problem != null) {
                    closing = true;
                    forwarded = refused(request, problem);
                }
            }
        }
        ctx.fireChannelRead(forwarded);
    }

    @Nullable
    private static Problem transferCodingProblem(HttpRequest request) {
        List<String> codings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING).stream()
                .flatMap(value -> Arrays.stream(value.split(",", -1)))
                .map(coding -> coding.trim().toLowerCase(Locale.ROOT))
                .toList();
        if (codings.isEmpty() || codings.equals(CHUNKED)) {
            return null;
        }
        return codings.stream().allMatch("chunked"::equals)
                ? FrameworkProblems.malformedMessage() // chunked applied twice (RFC 9112 section 7)
                : FrameworkProblems.unsupportedTransferCoding();
    }

    /** The request without a body, marked as refused, so Micronaut answers it as a problem and closes. */
    private static FullHttpRequest refused(HttpRequest request, Problem problem) {
        FullHttpRequest refused = new DefaultFullHttpRequest(request.protocolVersion(), request.method(),
                request.uri(), Unpooled.EMPTY_BUFFER);
        refused.headers().set(request.headers());
        refused.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        HttpUtil.setContentLength(refused, 0);
        HttpUtil.setKeepAlive(refused, false);
        refused.setDecoderResult(DecoderResult.failure(new ProblemException(problem)));
        ReferenceCountUtil.release(request);
        return refused;
    }
}
