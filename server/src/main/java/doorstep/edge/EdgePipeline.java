package doorstep.edge;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/** Puts the edge's handlers right after the HTTP/1.1 codec of every connection the server accepts. */
@Singleton
class EdgePipeline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HEADERS = "doorstep-security-headers";
    private static final String GUARD = "doorstep-framing-guard";

    private final SecurityHeaders headers;

    EdgePipeline(StrictTransportConfiguration strictTransport) {
        this.headers = new SecurityHeaders(strictTransport);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new ConnectionCustomizer(null));
        return event.getBean();
    }

    private final class ConnectionCustomizer implements NettyServerCustomizer {

        @Nullable
        private final Channel channel;

        ConnectionCustomizer(@Nullable Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new ConnectionCustomizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null || channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) == null) {
                return; // the listener itself, or an HTTP/2 stream: no HTTP/1.1 framing to guard
            }
            ChannelPipeline pipeline = channel.pipeline();
            // Outbound writes pass the guard, then the headers, then the codec: every response gets them.
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HEADERS, headers);
            pipeline.addAfter(HEADERS, GUARD, new FramingGuard());
        }
    }
}
