package dev.ftpkit.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.protocol.reply.Reply;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyStreamDecoderTest {

    private static final List<Reply> SESSION = List.of(
            Reply.multiLine(220, List.of("Welcome", "12 users online", "ready")),
            Reply.of(331, "Please specify the password."),
            Reply.of(230, "Login successful."),
            Reply.multiLine(211, List.of("Features:", " MDTM", " UTF8", "End")),
            Reply.of(257, "\"/caf\u00e9\" is the current directory"));

    @Test
    void anyTwoWaySplitGivesTheSameReplies() {
        byte[] bytes = encodeAll(SESSION);

        for (int split = 0; split <= bytes.length; split++) {
            ReplyStreamDecoder decoder = new ReplyStreamDecoder(512);
            List<Reply> replies = new ArrayList<>(decoder.decode(
                    ByteBuffer.wrap(Arrays.copyOfRange(bytes, 0, split))));
            replies.addAll(decoder.decode(
                    ByteBuffer.wrap(Arrays.copyOfRange(bytes, split, bytes.length))));

            assertThat(replies).as("split at byte %d", split).isEqualTo(SESSION);
        }
    }

    @Test
    void bareLineFeedsFromSloppyServersAreAccepted() {
        ReplyStreamDecoder decoder = new ReplyStreamDecoder(512);

        List<Reply> replies = decoder.decode(bytes("220-Hi\nthere\n220 ok\n"));

        assertThat(replies).containsExactly(Reply.multiLine(220, List.of("Hi", "there", "ok")));
    }

    @Test
    void reportsAReplyInProgress() {
        ReplyStreamDecoder decoder = new ReplyStreamDecoder(512);

        decoder.decode(bytes("211-Features:\r\n MDTM\r\n"));
        boolean openReply = decoder.inProgress();
        decoder.decode(bytes("211 E"));
        boolean partialLine = decoder.inProgress();
        decoder.decode(bytes("nd\r\n"));

        assertThat(openReply).isTrue();
        assertThat(partialLine).isTrue();
        assertThat(decoder.inProgress()).isFalse();
    }

    @Test
    void overlongLineIsMalformed() {
        ReplyStreamDecoder decoder = new ReplyStreamDecoder(16);

        assertThatThrownBy(() -> decoder.decode(bytes("220 " + "x".repeat(40) + "\r\n")))
                .isInstanceOf(MalformedReplyException.class)
                .hasMessageContaining("longer than 16 bytes");
    }

    @Test
    void nonReplyLineIsMalformed() {
        ReplyStreamDecoder decoder = new ReplyStreamDecoder(512);

        assertThatThrownBy(() -> decoder.decode(bytes("SSH-2.0-OpenSSH_9.2\r\n")))
                .isInstanceOf(MalformedReplyException.class)
                .hasMessageContaining("SSH-2.0-OpenSSH_9.2");
    }

    private static byte[] encodeAll(List<Reply> replies) {
        StringBuilder wire = new StringBuilder();
        replies.forEach(reply -> wire.append(ReplyEncoder.encode(reply)));
        return wire.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
