package dev.ftpkit.server.internal.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes a session with its control connection: logs both ends at INFO, sends
 * the 220 greeting, and on close frees the data connection and stops a running transfer.
 * Errors on the control connection close it; a reset by the client is routine.
 */
final class SessionLifecycle extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifecycle.class);

    private final FtpSession session;

    SessionLifecycle(FtpSession session) {
        this.session = session;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        log.info("{} opened from {}", session.id(), session.remoteAddress());
        session.greet();
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.closed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            log.debug("{} control connection failed: {}", session.id(), cause.toString());
        } else {
            log.error("{} unexpected error on the control connection; closing", session.id(),
                    cause);
        }
        ctx.close();
    }
}
