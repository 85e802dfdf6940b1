package dev.ftpkit.server.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line-end conversion, with the input split at every position to catch CR/LF pairs torn apart. */
class AsciiConversionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\nb\\n         | a\\r\\nb\\r\\n",
            "a\\r\\nb         | a\\r\\nb",
            "\\n\\n           | \\r\\n\\r\\n",
            "no end          | no end",
            "cr\\ronly       | cr\\ronly"})
    void toNetworkTurnsBareLineFeedsIntoCrLf(String disk, String wire) {
        for (int split = 0; split <= unescape(disk).length(); split++) {
            AsciiConversion conversion = new AsciiConversion();
            ByteBuf out = Unpooled.buffer();

            for (ByteBuf part : split(unescape(disk), split)) {
                conversion.toNetwork(part, out);
                part.release();
            }

            assertThat(out.toString(StandardCharsets.UTF_8)).as("split at %d", split)
                    .isEqualTo(unescape(wire));
            out.release();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\r\\nb\\r\\n   | a\\nb\\n",
            "a\\nb            | a\\nb",
            "lone\\rcr        | lone\\rcr",
            "ends\\r          | ends\\r",
            "\\r\\r\\n        | \\r\\n"})
    void fromNetworkTurnsCrLfIntoLineFeeds(String wire, String disk) {
        for (int split = 0; split <= unescape(wire).length(); split++) {
            AsciiConversion conversion = new AsciiConversion();
            ByteBuf out = Unpooled.buffer();

            for (ByteBuf part : split(unescape(wire), split)) {
                conversion.fromNetwork(part, out);
                part.release();
            }
            conversion.finishFromNetwork(out);

            assertThat(out.toString(StandardCharsets.UTF_8)).as("split at %d", split)
                    .isEqualTo(unescape(disk));
            out.release();
        }
    }

    private static ByteBuf[] split(String text, int at) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ByteBuf[] {Unpooled.wrappedBuffer(bytes, 0, at),
                Unpooled.wrappedBuffer(bytes, at, bytes.length - at)};
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
