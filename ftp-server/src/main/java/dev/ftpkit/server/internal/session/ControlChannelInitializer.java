package dev.ftpkit.server.internal.session;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.nio.charset.StandardCharsets;

/** Builds the pipeline of each control connection. */
public final class ControlChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final ServerResources resources;

    public ControlChannelInitializer(ServerResources resources) {
        this.resources = resources;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        resources.channels().add(channel);
        // The command pipeline is not wired yet; say so instead of pretending to serve.
        channel.writeAndFlush(Unpooled.copiedBuffer("421 Service not available yet\r\n",
                StandardCharsets.US_ASCII)).addListener(ChannelFutureListener.CLOSE);
    }
}
