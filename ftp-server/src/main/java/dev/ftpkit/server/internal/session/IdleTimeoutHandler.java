package dev.ftpkit.server.internal.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a session whose control connection stayed silent for the idle timeout with 421
 * (RFC 959 4.2: "service closing control connection"). A running transfer keeps the
 * control connection quiet on purpose, so it does not count as idle.
 */
final class IdleTimeoutHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(IdleTimeoutHandler.class);

    private final FtpSession session;

    IdleTimeoutHandler(FtpSession session) {
        this.session = session;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (session.transfer().isPresent() || session.isClosing()) {
            return;
        }
        log.debug("{} idle for {}; closing", session.id(), session.config().idleTimeout());
        session.closeWith(421, "Idle timeout (" + session.config().idleTimeout().toSeconds()
                + " s); closing control connection");
    }
}
