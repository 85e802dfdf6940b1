package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.codec.CommandLineDecoder;
import dev.ftpkit.protocol.codec.DecodedLine;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.ByteBuffer;

/**
 * Cuts the control connection's bytes into lines with the protocol's
 * {@link CommandLineDecoder}, and passes on one {@link DecodedLine} per line: a whole line,
 * or the notice that an oversized line was discarded up to its end.
 */
final class CommandFramer extends ChannelInboundHandlerAdapter {

    private final CommandLineDecoder decoder;

    CommandFramer(int maxLineLength) {
        this.decoder = new CommandLineDecoder(maxLineLength);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(message);
            return;
        }
        try {
            for (ByteBuffer chunk : bytes.nioBuffers()) {
                for (DecodedLine line : decoder.decode(chunk)) {
                    ctx.fireChannelRead(line);
                }
            }
        } finally {
            bytes.release();
        }
    }
}
