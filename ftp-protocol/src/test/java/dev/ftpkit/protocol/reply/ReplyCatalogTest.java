package dev.ftpkit.protocol.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCatalogTest {

    /** The codes the RFCs define; checked against the RFC texts, see the commit message. */
    private static final List<Integer> RFC_CODES = List.of(
            110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227,
            228, 229, 230, 232, 234, 235, 250, 257, 331, 332, 334, 335, 336, 350, 421, 425,
            426, 431, 450, 451, 452, 500, 501, 502, 503, 504, 521, 522, 530, 532, 533, 534,
            535, 536, 537, 550, 551, 552, 553, 554, 631, 632, 633);

    static Stream<ReplyCodeInfo> entries() {
        return ReplyCodes.ENTRIES.stream();
    }

    @Test
    void catalogHoldsExactlyTheCodesTheRfcsDefine() {
        List<Integer> codes = ReplyCatalog.all().stream().map(ReplyCodeInfo::code).toList();

        assertThat(codes).containsExactlyElementsOf(RFC_CODES);
    }

    @Test
    void everyCodeIsListedOnce() {
        List<Integer> codes = ReplyCodes.ENTRIES.stream().map(ReplyCodeInfo::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryExplainsItself(ReplyCodeInfo info) {
        assertThat(info.meaning()).as("meaning of %d", info.code()).isNotBlank();
        assertThat(info.causes()).as("causes of %d", info.code())
                .isNotEmpty().allSatisfy(cause -> assertThat(cause).isNotBlank());
        assertThat(info.remedies()).as("remedies of %d", info.code())
                .isNotEmpty().allSatisfy(remedy -> assertThat(remedy).isNotBlank());
        assertThat(info.references()).as("references of %d", info.code())
                .isNotEmpty().allMatch(ref -> ref.matches("RFC \\d{3,4} [0-9A-Z][0-9A-Za-z. ]*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void classMatchesTheFirstDigit(ReplyCodeInfo info) {
        int firstDigit = info.code() / 100;

        if (firstDigit == 6) {
            assertThat(info.isProtected()).isTrue();
            assertThat(info.classDescription()).startsWith("6yz");
        } else {
            assertThat(info.isProtected()).isFalse();
            assertThat(info.replyClass().ordinal() + 1).isEqualTo(firstDigit);
            assertThat(info.classDescription()).startsWith(firstDigit + "yz");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryCitesAnRfcThatDefinesOrUsesIt(ReplyCodeInfo info) {
        List<String> documents = List.of("RFC 959", "RFC 1123", "RFC 1639", "RFC 2228",
                "RFC 2389", "RFC 2428", "RFC 3659", "RFC 4217", "RFC 7151");

        assertThat(info.references())
                .allMatch(ref -> documents.stream().anyMatch(ref::startsWith));
    }

    @Test
    void badSequenceExplainsEveryCommonCause() {
        ReplyCodeInfo info = ReplyCatalog.lookup(503).orElseThrow();

        assertThat(String.join("\n", info.causes()))
                .contains("PASS", "RNTO", "RNFR", "REST", "RETR, STOR or APPE", "PASV",
                        "425", "530");
    }

    @Test
    void cannotOpenDataConnectionNamesFirewallNatAndTlsReuse() {
        ReplyCodeInfo info = ReplyCatalog.lookup(425).orElseThrow();

        assertThat(String.join("\n", info.causes()))
                .contains("firewall", "227", "private", "reuse", "require_ssl_reuse");
    }

    @Test
    void fileUnavailableNamesPermissionsChrootMissingFileAndSizeInAsciiMode() {
        ReplyCodeInfo info = ReplyCatalog.lookup(550).orElseThrow();

        assertThat(String.join("\n", info.causes()))
                .contains("does not exist", "permission", "chroot", "SIZE in ASCII mode");
    }

    @ParameterizedTest
    @ValueSource(ints = {430, 434, 555, 100, 599, 600, 699})
    void codesNoRfcDefinesAreAbsent(int code) {
        assertThat(ReplyCatalog.lookup(code)).isEmpty();
    }

    @Test
    void protectedReplyHasNoRfc959Class() {
        ReplyCodeInfo info = ReplyCatalog.lookup(631).orElseThrow();

        assertThatThrownBy(info::replyClass)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("631");
    }

    @Test
    void entryOutsideAnyReplyClassIsRefused() {
        assertThatThrownBy(() -> new ReplyCodeInfo(700, "x", List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("700");
    }

    @Test
    void replyTableHasOneRowPerCode() {
        String markdown = ReplyTable.markdown();

        assertThat(markdown.lines().filter(line -> line.matches("\\| \\d{3} \\|.*")))
                .hasSize(RFC_CODES.size());
        assertThat(markdown).contains("| 229 | 2yz positive completion | Entering Extended"
                + " Passive Mode (\\|\\|\\|port\\|)");
    }
}
