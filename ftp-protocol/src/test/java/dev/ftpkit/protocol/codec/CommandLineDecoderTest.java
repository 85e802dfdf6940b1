package dev.ftpkit.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table rows read "input; expected lines; why". Inputs are ISO-8859-1 strings, one char per
 * byte: {@code \u00ff} is IAC, and UTF-8 text appears as its bytes ({@code \u00c3\u00a9} is
 * "é"). Expected lines are joined with "|"; an oversized line shows as {@code <oversized N>}.
 */
class CommandLineDecoderTest {

    private static final String IAC = "\u00ff";
    private static final String IP = "\u00f4";
    private static final String DM = "\u00f2";
    private static final String WILL = "\u00fb";
    private static final String DO = "\u00fd";
    private static final String SB = "\u00fa";
    private static final String SE = "\u00f0";

    static Stream<Arguments> lineEndings() {
        return Stream.of(
                row("USER alice\r\nPASS x\r\n; USER alice|PASS x; CRLF"),
                row("USER alice\nPASS x\n; USER alice|PASS x; bare LF"),
                row("USER alice\rPASS x\r; USER alice|PASS x; bare CR ends the line"),
                row("USER alice\r\u0000PASS x\r\n; USER alice|PASS x; Telnet CR NUL"),
                row("ABOR\r; ABOR; ABOR whose urgent LF was lost"),
                row("ab\rcd\r\n; ab|cd; CR alone inside a line splits it"),
                row("\r\n\n; |; empty lines are returned empty"),
                row("NOOP \r\n; NOOP ; trailing spaces kept for the parser"),
                row("STOR caf\u00c3\u00a9.txt\r\n; STOR caf\u00e9.txt; UTF-8 (RFC 2640)"),
                row("STOR caf\u00e9.txt\r\n; STOR caf\u00e9.txt; Latin-1 read as ISO-8859-1"),
                row("STOR \u00c3(\r\n; STOR \u00c3(; malformed UTF-8 keeps every byte"),
                row("RETR a\u0000b\r\n; RETR a\u0000b; NUL not after CR is data"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("lineEndings")
    void splitsLines(String input, String expected, String why) {
        List<String> lines = decodeWhole(100, input);

        assertThat(String.join("|", lines)).as(why).isEqualTo(expected);
    }

    static Stream<Arguments> telnetSequences() {
        return Stream.of(
                row(IAC + IP + IAC + DM + "ABOR\r\n; ABOR; IP and Synch before ABOR"),
                row(IAC + IP + IAC + "ABOR\r\n; ABOR; DM lost as urgent data, IAC stray"),
                row("a" + IAC + IAC + "b\r\n; a\u00ffb; IAC IAC is one 0xFF data byte"),
                row(IAC + WILL + "\u0001" + IAC + DO + "\u0003NOOP\r\n; NOOP; WILL and DO"),
                row(IAC + SB + "\u0018\u0001" + IAC + SE + "NOOP\r\n; NOOP; subnegotiation"),
                row(IAC + SB + "\u0018" + IAC + IAC + "x" + IAC + SE
                        + "NOOP\r\n; NOOP; IAC IAC inside a subnegotiation"),
                row("NO" + IAC + "\u00f1OP\r\n; NOOP; NOP inside a line"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("telnetSequences")
    void removesTelnetSequences(String input, String expected, String why) {
        List<String> lines = decodeWhole(100, input);

        assertThat(String.join("|", lines)).as(why).isEqualTo(expected);
    }

    static Stream<Arguments> oversizedLines() {
        return Stream.of(
                row("0123456789\r\nNOOP\r\n; 0123456789|NOOP; exactly at the limit"),
                row("0123456789A\r\nNOOP\r\n; <oversized 11>|NOOP; one byte over"),
                row("0123456789ABCDEFGHIJ\nNOOP\n; <oversized 20>|NOOP; far over, bare LF"),
                row("0123456789ABCDEFGHIJ\rNOOP\r; <oversized 20>|NOOP; far over, bare CR"),
                row("0123456789\u00c3\u00a9\r\nNOOP\r\n; <oversized 12>|NOOP; limit counts bytes"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("oversizedLines")
    void discardsOversizedLinesUpToTheirEnd(String input, String expected, String why) {
        List<String> lines = decodeWhole(10, input);

        assertThat(String.join("|", lines)).as(why).isEqualTo(expected);
    }

    @Test
    void anyTwoWaySplitDecodesLikeTheWhole() {
        String input = "USER alice\r\n" + IAC + IP + IAC + DM + "ABOR\r\n"
                + "STOR caf\u00c3\u00a9\r\n" + "0123456789ABCDEF\r\n" + "a" + IAC + IAC
                + "b\n" + "x\ry\r\u0000" + IAC + "\u00fb\u0001NOOP\r\n";
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        List<String> whole = decodeWhole(12, input);

        for (int split = 0; split <= bytes.length; split++) {
            List<String> parts = decodeChunks(12, Arrays.copyOfRange(bytes, 0, split),
                    Arrays.copyOfRange(bytes, split, bytes.length));

            assertThat(parts).as("split at byte %d", split).isEqualTo(whole);
        }
        assertThat(whole).containsExactly("USER alice", "ABOR", "STOR caf\u00e9",
                "<oversized 16>", "a\u00ffb", "x", "y", "NOOP");
    }

    @Test
    void byteByByteDecodesLikeTheWhole() {
        String input = "RETR \u00e6\u0097\u00a5\u00e6\u009c\u00ac.txt\r\n" + IAC + IP
                + "ABOR\r\n";
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        byte[][] chunks = new byte[bytes.length][];
        for (int i = 0; i < bytes.length; i++) {
            chunks[i] = new byte[] {bytes[i]};
        }

        List<String> lines = decodeChunks(100, chunks);

        assertThat(lines).containsExactly("RETR \u65e5\u672c.txt", "ABOR");
    }

    @Test
    void multiByteCharacterSplitAcrossTwoBuffersIsReadWhole() {
        byte[] first = "STOR caf\u00c3".getBytes(StandardCharsets.ISO_8859_1);
        byte[] second = "\u00a9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        CommandLineDecoder decoder = new CommandLineDecoder(100);

        List<DecodedLine> fromFirst = decoder.decode(ByteBuffer.wrap(first));
        List<DecodedLine> fromSecond = decoder.decode(ByteBuffer.wrap(second));

        assertThat(fromFirst).isEmpty();
        assertThat(fromSecond).containsExactly(new DecodedLine.Line("STOR caf\u00e9"));
    }

    @Test
    void lfAfterCrInTheNextBufferIsNotAnEmptyLine() {
        CommandLineDecoder decoder = new CommandLineDecoder(100);

        List<DecodedLine> first = decoder.decode(bytes("NOOP\r"));
        List<DecodedLine> second = decoder.decode(bytes("\nPWD\r\n"));

        assertThat(first).containsExactly(new DecodedLine.Line("NOOP"));
        assertThat(second).containsExactly(new DecodedLine.Line("PWD"));
    }

    @Test
    void reportsAPartialLineUntilItEnds() {
        CommandLineDecoder decoder = new CommandLineDecoder(4);

        decoder.decode(bytes("NO"));
        boolean partial = decoder.hasPartialLine();
        decoder.decode(bytes("OPS-TOO-LONG"));
        boolean discarding = decoder.hasPartialLine();
        decoder.decode(bytes("\r\n"));

        assertThat(partial).isTrue();
        assertThat(discarding).isTrue();
        assertThat(decoder.hasPartialLine()).isFalse();
    }

    @Test
    void consumesTheWholeBuffer() {
        ByteBuffer input = bytes("NOOP\r\nPW");

        new CommandLineDecoder(100).decode(input);

        assertThat(input.hasRemaining()).isFalse();
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new CommandLineDecoder(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    private static List<String> decodeWhole(int limit, String input) {
        return decodeChunks(limit, input.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> decodeChunks(int limit, byte[]... chunks) {
        CommandLineDecoder decoder = new CommandLineDecoder(limit);
        List<String> lines = new ArrayList<>();
        for (byte[] chunk : chunks) {
            decoder.decode(ByteBuffer.wrap(chunk)).forEach(line -> lines.add(render(line)));
        }
        return lines;
    }

    private static String render(DecodedLine line) {
        if (line instanceof DecodedLine.Oversized oversized) {
            return "<oversized " + oversized.length() + ">";
        }
        return ((DecodedLine.Line) line).text();
    }

    /** Splits "input; expected; why" into the three arguments of a table row. */
    private static Arguments row(String spec) {
        String[] parts = spec.split("; ", 3);
        return Arguments.of(parts[0], parts[1], parts[2]);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
