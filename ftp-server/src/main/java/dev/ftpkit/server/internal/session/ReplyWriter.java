package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.codec.ReplyEncoder;
import dev.ftpkit.protocol.reply.Reply;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes replies in RFC 959 form with the protocol's {@link ReplyEncoder}, in UTF-8. */
final class ReplyWriter extends MessageToByteEncoder<Reply> {

    ReplyWriter() {
        super(Reply.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Reply reply, ByteBuf out) {
        // RFC 2640: path names in replies are UTF-8, like those in commands.
        out.writeCharSequence(ReplyEncoder.encode(withoutLineBreaks(reply)),
                StandardCharsets.UTF_8);
    }

    /**
     * Returns the reply with CR and LF inside its lines replaced by spaces. A file name on
     * disk may hold them; sent as is, it would end the reply early and let the name forge
     * the next one.
     */
    private static Reply withoutLineBreaks(Reply reply) {
        boolean clean = reply.lines().stream()
                .noneMatch(line -> line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0);
        if (clean) {
            return reply;
        }
        List<String> lines = reply.lines().stream()
                .map(line -> line.replace('\r', ' ').replace('\n', ' '))
                .toList();
        return new Reply(reply.code(), lines);
    }
}
