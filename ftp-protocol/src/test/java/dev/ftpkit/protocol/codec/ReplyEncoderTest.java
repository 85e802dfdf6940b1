package dev.ftpkit.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyEncoderTest {

    @Test
    void singleLineReplyIsCodeSpaceText() {
        String wire = ReplyEncoder.encode(Reply.of(200, "Command okay."));

        assertThat(wire).isEqualTo("200 Command okay.\r\n");
    }

    @Test
    void singleLineReplyWithEmptyTextKeepsTheSpace() {
        String wire = ReplyEncoder.encode(Reply.of(200, ""));

        assertThat(wire).isEqualTo("200 \r\n");
    }

    @Test
    void multiLineReplyBracketsTheTextWithTheCode() {
        Reply reply = Reply.multiLine(211, List.of("Extensions supported:", " MDTM", " SIZE",
                "End"));

        String wire = ReplyEncoder.encode(reply);

        assertThat(wire).isEqualTo("211-Extensions supported:\r\n MDTM\r\n SIZE\r\n211 End\r\n");
    }

    @Test
    void innerLineStartingWithDigitsIsPadded() {
        Reply reply = Reply.multiLine(123, List.of("First line", "Second line",
                "234 A line beginning with numbers", " 5 after a space", "The last line"));

        String wire = ReplyEncoder.encode(reply);

        assertThat(wire).isEqualTo("123-First line\r\nSecond line\r\n"
                + " 234 A line beginning with numbers\r\n  5 after a space\r\n"
                + "123 The last line\r\n");
    }

    @Test
    void innerLineThatLooksLikeTheLastLineIsPadded() {
        Reply reply = Reply.multiLine(226, List.of("a", "226 not the end", "end"));

        String wire = ReplyEncoder.encode(reply);

        assertThat(wire.lines()).containsExactly("226-a", " 226 not the end", "226 end");
    }

    @Test
    void lineBreaksInsideTextBecomeLinesOfTheirOwn() {
        Reply reply = Reply.of(550, "No such file: evil\r\n230 Logged in\nx");

        String wire = ReplyEncoder.encode(reply);

        assertThat(wire).isEqualTo("550-No such file: evil\r\n 230 Logged in\r\n550 x\r\n");
    }
}
