package dev.ftpkit.protocol.diagnostics.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry.Malformed;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry.Received;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry.Sent;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry.Unfinished;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptParserTest {

    @ParameterizedTest(name = "{0} reads as {1}: {2} commands, {3} replies")
    @CsvSource({
            "curl-clean.log,                 CURL,          7, 9",
            "lftp-clean.log,                 LFTP,         13, 15",
            "lftp-rest-then-pwd.log,         LFTP,          8, 10",
            "ftplib-clean.log,               PYTHON_FTPLIB, 8, 10",
            "ftplib-level1-clean.log,        PYTHON_FTPLIB, 4, 5",
            "commons-net-clean.log,          COMMONS_NET,   8, 10",
            "commons-net-arrows-retr-without-pasv.log, COMMONS_NET, 5, 6",
            "filezilla-clean.log,            FILEZILLA,     7, 9",
            "filezilla-logfile-clean.log,    FILEZILLA,     7, 9",
            "vsftpd-clean.log,               VSFTPD,        6, 8",
            "proftpd-trace-clean.log,        PROFTPD,       6, 8",
            "proftpd-debug-commands-only.log, PROFTPD,      4, 0",
            "pure-ftpd-clean.log,            PURE_FTPD,     5, 7"})
    void detectsTheFormatAndReadsEveryCommandAndReply(String name, TranscriptFormat format,
            int commands, int replies) {
        Transcript transcript = SampleTranscripts.parsed(name);

        assertThat(transcript.format()).isEqualTo(format);
        assertThat(transcript.entries()).filteredOn(Sent.class::isInstance).hasSize(commands);
        assertThat(transcript.entries()).filteredOn(Received.class::isInstance).hasSize(replies);
    }

    @Test
    void reassemblesMultiLineRepliesFromEachLogLine() {
        Transcript transcript = SampleTranscripts.parsed("lftp-clean.log");

        Received feat = (Received) transcript.entries().get(2);

        assertThat(feat.lineNumber()).isEqualTo(6);
        assertThat(feat.reply().code()).isEqualTo(211);
        assertThat(feat.reply().lines()).startsWith("Features supported:", " EPRT")
                .endsWith("End FEAT.");
    }

    @Test
    void undoesVsftpdsLoggedLineEndingsInsideFeat() {
        Transcript transcript = SampleTranscripts.parsed("vsftpd-clean.log");

        Received feat = (Received) transcript.entries().get(2);

        assertThat(feat.reply().lines()).contains(" EPRT", " REST STREAM")
                .doesNotContain(" EPRT??");
    }

    @Test
    void decodesPythonReprEscapesAndBothQuoteStyles() {
        Transcript transcript = SampleTranscripts.parsed("ftplib-clean.log");

        List<String> shown = transcript.entries().stream().map(TranscriptEntry::display).toList();

        assertThat(shown).contains("CWD it's here", "250 \"/it's here\" is the current directory.");
    }

    @Test
    void readsAFtplibReplyFromItsRespLineWhenNoGetLineExists() {
        Transcript transcript = SampleTranscripts.parsed("ftplib-level1-clean.log");

        Received feat = (Received) transcript.entries().get(6);

        assertThat(feat.reply().lines()).containsExactly("Features supported:", " EPRT", " EPSV",
                " SIZE", "End FEAT.");
    }

    @Test
    void collapsesProftpdsDispatchLinesIntoOneCommand() {
        Transcript transcript = SampleTranscripts.parsed("proftpd-trace-stor-without-port.log");

        List<String> commands = transcript.entries().stream()
                .filter(Sent.class::isInstance).map(TranscriptEntry::display).toList();

        assertThat(commands).containsExactly("MKD", "USER alice", "PASS ****", "STOR upload.bin");
    }

    @Test
    void readsPureFtpdsLowerCaseVerbsAndRepeatedCodes() {
        Transcript transcript = SampleTranscripts.parsed("pure-ftpd-clean.log");

        List<String> shown = transcript.entries().stream().map(TranscriptEntry::display).toList();

        assertThat(shown).contains("USER alice", "PASS ****", "EPSV", "RETR report.csv",
                "150 Accepted data connection ...");
    }

    @Test
    void masksEveryPasswordWhateverTheFormat() {
        for (String name : SampleTranscripts.ALL) {
            Transcript transcript = SampleTranscripts.parsed(name);

            assertThat(transcript.entries()).as(name)
                    .allSatisfy(entry -> assertThat(entry.display())
                            .doesNotContain(SampleTranscripts.PASSWORD_MARK));
        }
    }

    @Test
    void reportsAReplyLineWithoutCodeAsMalformed() {
        Transcript transcript = SampleTranscripts.parsed("curl-malformed-reply.log");

        List<Malformed> malformed = transcript.entries().stream()
                .filter(Malformed.class::isInstance).map(Malformed.class::cast).toList();

        assertThat(malformed).extracting(Malformed::lineNumber).containsExactly(7, 10);
        assertThat(malformed.get(1).reason()).contains("100-599");
    }

    @Test
    void reportsAMultiLineReplyCutByACommandAsUnfinished() {
        Transcript transcript = SampleTranscripts.parsed("curl-unfinished-multiline.log");

        List<Unfinished> unfinished = transcript.entries().stream()
                .filter(Unfinished.class::isInstance).map(Unfinished.class::cast).toList();

        assertThat(unfinished).singleElement().satisfies(reply -> {
            assertThat(reply.lineNumber()).isEqualTo(9);
            assertThat(reply.code()).isEqualTo(211);
            assertThat(reply.lines()).containsExactly("Extensions supported:", " EPSV", " SIZE");
        });
    }

    @Test
    void reportsAMultiLineReplyCutByTheEndAsUnfinished() {
        List<String> lines = List.of("< 220 hi", "> FEAT", "< 211-Features:", "<  SIZE",
                "* Closing connection 0");

        Transcript transcript = TranscriptParser.parse(lines, TranscriptFormat.CURL);

        assertThat(transcript.entries()).last().isInstanceOf(Unfinished.class);
    }

    @Test
    void readsAForcedFormatEvenWhenAnotherScoresHigher() {
        List<String> lines = SampleTranscripts.lines("curl-clean.log");

        Transcript transcript = TranscriptParser.parse(lines, TranscriptFormat.LFTP);

        assertThat(transcript.format()).isEqualTo(TranscriptFormat.LFTP);
        assertThat(transcript.entries()).isEmpty();
    }

    @Test
    void readsFileZillaLinesWithoutTimestamps() throws UnrecognisedTranscriptException {
        List<String> lines = List.of("Status:\tConnecting to 127.0.0.1:2121...",
                "Response:\t220 Service ready", "Command:\tUSER alice",
                "Response:\t331 Password required", "Command:\tPASS ********",
                "Response:\t230 Logged in");

        Transcript transcript = TranscriptParser.parse(lines);

        assertThat(transcript.format()).isEqualTo(TranscriptFormat.FILEZILLA);
        assertThat(transcript.entries()).extracting(TranscriptEntry::display).containsExactly(
                "220 Service ready", "USER alice", "331 Password required", "PASS ****",
                "230 Logged in");
    }

    @Test
    void refusesInputThatIsNoFtpLog() {
        List<String> lines = List.of("Dear team,", "the upload failed again.", "Regards");

        assertThatThrownBy(() -> TranscriptParser.parse(lines))
                .isInstanceOf(UnrecognisedTranscriptException.class)
                .hasMessageContaining("3-line input");
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> TranscriptParser.parse(new StringReader("")))
                .isInstanceOf(UnrecognisedTranscriptException.class);
    }

    @Test
    void findsFormatsByTheirCommandLineNames() {
        assertThat(TranscriptFormat.byId("Pure-FTPd")).contains(TranscriptFormat.PURE_FTPD);
        assertThat(TranscriptFormat.byId("wireshark")).isEmpty();
    }
}
