package dev.ftpkit.server.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.Reply;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyWriterTest {

    @Test
    void writesASingleLineReply() {
        assertThat(written(Reply.of(200, "NOOP ok"))).isEqualTo("200 NOOP ok\r\n");
    }

    @Test
    void writesAMultiLineReply() {
        Reply reply = Reply.multiLine(211, List.of("Features:", " UTF8", "End"));

        assertThat(written(reply)).isEqualTo("211-Features:\r\n UTF8\r\n211 End\r\n");
    }

    @Test
    void aNameWithALineBreakCannotForgeAReply() {
        Reply reply = Reply.of(257, "\"/evil\r\n230 fake\" created");

        assertThat(written(reply)).isEqualTo("257 \"/evil  230 fake\" created\r\n");
    }

    @Test
    void writesUtf8() {
        assertThat(written(Reply.of(257, "\"/日本\" created")))
                .isEqualTo("257 \"/日本\" created\r\n");
    }

    private static String written(Reply reply) {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyWriter());
        channel.writeOutbound(reply);
        ByteBuf bytes = channel.readOutbound();
        try {
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            bytes.release();
        }
    }
}
