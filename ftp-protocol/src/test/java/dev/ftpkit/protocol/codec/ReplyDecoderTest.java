package dev.ftpkit.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.protocol.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyDecoderTest {

    private final ReplyDecoder decoder = new ReplyDecoder();

    @Test
    void singleLineReplyIsReturnedAtOnce() {
        Optional<Reply> reply = decoder.accept("220 Service ready");

        assertThat(reply).contains(Reply.of(220, "Service ready"));
        assertThat(decoder.inProgress()).isFalse();
    }

    @Test
    void bareCodeIsAReplyWithEmptyText() {
        Optional<Reply> reply = decoder.accept("200");

        assertThat(reply).contains(Reply.of(200, ""));
    }

    @Test
    void trailingCarriageReturnIsIgnored() {
        Optional<Reply> reply = decoder.accept("226 Done\r");

        assertThat(reply).contains(Reply.of(226, "Done"));
    }

    @Test
    void multiLineReplyEndsAtTheSameCodeAndASpace() {
        List<Optional<Reply>> results = acceptAll("211-Features:", " MDTM", " SIZE", "211 End");

        assertThat(results.subList(0, 3)).allMatch(Optional::isEmpty);
        assertThat(results.get(3)).contains(
                Reply.multiLine(211, List.of("Features:", " MDTM", " SIZE", "End")));
    }

    @Test
    void decoderIsInProgressUntilTheLastLine() {
        decoder.accept("230-Welcome");
        boolean afterFirst = decoder.inProgress();
        decoder.accept("230 Logged in");

        assertThat(afterFirst).isTrue();
        assertThat(decoder.inProgress()).isFalse();
    }

    @Test
    void readsTheExampleOfRfc959() {
        List<Optional<Reply>> results = acceptAll("123-First line", "Second line",
                "  234 A line beginning with numbers", "123 The last line");

        assertThat(results.get(3)).contains(Reply.multiLine(123, List.of("First line",
                "Second line", " 234 A line beginning with numbers", "The last line")));
    }

    @Test
    void innerLinesWithAnotherCodeAndAHyphenOrSpaceDoNotEndTheReply() {
        List<Optional<Reply>> results = acceptAll("250-Listing", "213-not a reply",
                "550 not the end either", "2500 digits", "250 End");

        assertThat(results.subList(0, 4)).allMatch(Optional::isEmpty);
        assertThat(results.get(4)).contains(Reply.multiLine(250, List.of("Listing",
                "213-not a reply", "550 not the end either", "2500 digits", "End")));
    }

    @Test
    void sameCodeAndHyphenOnInnerLinesIsRemoved() {
        List<Optional<Reply>> results = acceptAll("220-Welcome to Pure-FTPd",
                "220-You are user number 1", "220 Bye after 15 minutes idle");

        assertThat(results.get(2)).contains(Reply.multiLine(220, List.of(
                "Welcome to Pure-FTPd", "You are user number 1", "Bye after 15 minutes idle")));
    }

    @Test
    void emptyInnerLineIsKept() {
        List<Optional<Reply>> results = acceptAll("214-Help", "", "214 End");

        assertThat(results.get(2)).contains(Reply.multiLine(214, List.of("Help", "", "End")));
    }

    @Test
    void repliesFollowEachOther() {
        List<Optional<Reply>> results = acceptAll("150 Opening", "226-Done", "226 Bye",
                "221 Goodbye");

        assertThat(results).containsExactly(Optional.of(Reply.of(150, "Opening")),
                Optional.empty(), Optional.of(Reply.multiLine(226, List.of("Done", "Bye"))),
                Optional.of(Reply.of(221, "Goodbye")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "", "20", "2x0 x", "-200 x", " 200 x", "2000 x",
        "200x", "099 low", "700 high", "000 zero"})
    void firstLineWithoutAValidCodeIsMalformed(String line) {
        assertThatThrownBy(() -> decoder.accept(line))
                .isInstanceOf(MalformedReplyException.class)
                .hasMessageContaining("\"" + line + "\"")
                .extracting(e -> ((MalformedReplyException) e).line()).isEqualTo(line);
    }

    @Test
    void protectedReplyIsRefusedWithAReasonAPersonUnderstands() {
        assertThatThrownBy(() -> decoder.accept("631 c2lnbmVkIHJlcGx5"))
                .isInstanceOf(MalformedReplyException.class)
                .hasMessageContaining("RFC 2228")
                .hasMessageContaining("TLS");
    }

    @Test
    void decoderRecoversAfterAMalformedLine() {
        assertThatThrownBy(() -> decoder.accept("garbage"))
                .isInstanceOf(MalformedReplyException.class);

        assertThat(decoder.accept("200 OK")).contains(Reply.of(200, "OK"));
    }

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of(Reply.of(200, "Command okay.")),
                Arguments.of(Reply.of(226, "")),
                Arguments.of(Reply.of(257, "\"/a \"\"quoted\"\" dir\" created")),
                Arguments.of(Reply.multiLine(211, List.of("Features:", " MDTM", " REST STREAM",
                        " UTF8", "End"))),
                Arguments.of(Reply.multiLine(123, List.of("First line", "Second line",
                        "234 A line beginning with numbers", "The last line"))),
                Arguments.of(Reply.multiLine(226, List.of("", "226 fake end", "226-fake",
                        " 7 spaced", "  12", "   ", "-", "End"))),
                Arguments.of(Reply.multiLine(550, List.of("a", "b"))),
                Arguments.of(Reply.multiLine(220, List.of("", ""))));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void encodedReplyDecodesToItself(Reply reply) {
        Reply decoded = decode(ReplyEncoder.encode(reply));

        assertThat(decoded).isEqualTo(reply);
    }

    @Test
    void randomRepliesRoundTrip() {
        Random random = new Random(959);
        String alphabet = "0123456789 -abAZ\u00e9";

        for (int i = 0; i < 2_000; i++) {
            int code = 100 + random.nextInt(500);
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int j = 0; j < count; j++) {
                lines.add(randomText(random, alphabet));
            }
            Reply reply = new Reply(code, lines);

            assertThat(decode(ReplyEncoder.encode(reply))).as("round trip %s", reply)
                    .isEqualTo(reply);
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int k = 0; k < length; k++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private Reply decode(String wire) {
        ReplyDecoder fresh = new ReplyDecoder();
        Reply result = null;
        for (String line : wire.split("\r\n")) {
            assertThat(result).as("reply ended before line %s", line).isNull();
            result = fresh.accept(line).orElse(null);
        }
        assertThat(fresh.inProgress()).isFalse();
        return result;
    }

    private List<Optional<Reply>> acceptAll(String... lines) {
        List<Optional<Reply>> results = new ArrayList<>();
        for (String line : lines) {
            results.add(decoder.accept(line));
        }
        return results;
    }
}
