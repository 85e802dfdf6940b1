package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.reply.Reply;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * The whole pipeline of a connection past the session limits: 421 instead of the greeting
 * (RFC 959 4.2: service not available, closing control connection), then close. Nothing the
 * client sends is read as a command.
 */
final class RefusedConnection extends ChannelInboundHandlerAdapter {

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Reply.of(421, "Too many connections; try again later"))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        ReferenceCountUtil.release(message);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // a client that resets a refused connection loses nothing
    }
}
