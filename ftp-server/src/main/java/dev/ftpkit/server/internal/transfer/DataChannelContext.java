package dev.ftpkit.server.internal.transfer;

import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;

/**
 * What a data connection needs to know of its session: the id for logs, the event loop it
 * shares with the control connection (so no state is shared across threads), the server's
 * channel group (closed on shutdown) and the two ends of the control connection.
 *
 * @param sessionId the session id that starts log lines
 * @param loop the control connection's event loop
 * @param channels the server's channel group
 * @param localAddress the server's address on the control connection
 * @param peerAddress the client's address on the control connection
 */
public record DataChannelContext(String sessionId, EventLoop loop, ChannelGroup channels,
        InetAddress localAddress, InetAddress peerAddress) {

    /** Applies the options every data socket gets: no Nagle delay, no read until asked. */
    static void configure(SocketChannel channel) {
        channel.config().setOption(ChannelOption.TCP_NODELAY, true);
        // An upload must not read before its receiver is in the pipeline, or the first
        // bytes would fall off the end of it.
        channel.config().setAutoRead(false);
    }
}
