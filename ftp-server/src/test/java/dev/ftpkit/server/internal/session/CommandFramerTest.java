package dev.ftpkit.server.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.codec.DecodedLine;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandFramerTest {

    @Test
    void cutsLinesSplitAtEveryByte() {
        EmbeddedChannel channel = new EmbeddedChannel(new CommandFramer(64));
        byte[] input = "USER alice\r\nPASS x\r\nNOOP\n".getBytes(StandardCharsets.US_ASCII);

        for (byte b : input) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        assertThat(lines(channel)).containsExactly(new DecodedLine.Line("USER alice"),
                new DecodedLine.Line("PASS x"), new DecodedLine.Line("NOOP"));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void reportsAnOversizedLineOnceAndGoesOn() {
        EmbeddedChannel channel = new EmbeddedChannel(new CommandFramer(16));
        String input = "NOOP " + "x".repeat(100) + "\r\nSYST\r\n";

        channel.writeInbound(Unpooled.copiedBuffer(input, StandardCharsets.US_ASCII));

        List<DecodedLine> lines = lines(channel);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isInstanceOf(DecodedLine.Oversized.class);
        assertThat(lines.get(1)).isEqualTo(new DecodedLine.Line("SYST"));
    }

    @Test
    void releasesWhatItReads() {
        EmbeddedChannel channel = new EmbeddedChannel(new CommandFramer(64));
        var buffer = Unpooled.copiedBuffer("NOOP\r\n", StandardCharsets.US_ASCII);

        channel.writeInbound(buffer);

        assertThat(buffer.refCnt()).isZero();
    }

    private static List<DecodedLine> lines(EmbeddedChannel channel) {
        List<DecodedLine> lines = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null;
                message = channel.readInbound()) {
            lines.add((DecodedLine) message);
        }
        return lines;
    }
}
