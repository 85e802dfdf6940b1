package dev.ftpkit.server.internal.transfer;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when a data connection moved no byte, in or out, for a while: the client is
 * gone or stuck, and its transfer must end instead of holding its session forever.
 *
 * <p>Output is observed byte by byte ({@code observeOutput}): a binary download is one
 * file region whose write completes only at its end, and a slow client that keeps reading
 * must not look idle meanwhile.
 */
final class DataIdleWatch extends IdleStateHandler {

    private final Runnable onIdle;

    DataIdleWatch(Duration limit, Runnable onIdle) {
        super(true, 0, 0, limit.toMillis(), TimeUnit.MILLISECONDS);
        this.onIdle = onIdle;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent event) {
        onIdle.run();
    }
}
