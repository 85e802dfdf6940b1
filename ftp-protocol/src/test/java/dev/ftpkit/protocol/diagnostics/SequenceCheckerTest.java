package dev.ftpkit.protocol.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.diagnostics.transcript.SampleTranscripts;
import dev.ftpkit.protocol.diagnostics.transcript.Transcript;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptFormat;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptParser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class SequenceCheckerTest {

    static final List<String> CLEAN = SampleTranscripts.CLEAN;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "curl-pass-before-user.log          | ERROR SEQUENCE 4",
            "curl-malformed-reply.log | ERROR MALFORMED_REPLY 7; ERROR MALFORMED_REPLY 10",
            "curl-unfinished-multiline.log      | ERROR UNFINISHED_REPLY 9",
            "curl-preliminary-to-cwd.log        | ERROR CONTRADICTION 9",
            "curl-transfer-never-finishes.log   | WARNING UNFINISHED_TRANSFER 11",
            "curl-transfer-then-other-reply.log | ERROR UNFINISHED_TRANSFER 11",
            "lftp-rest-then-pwd.log             | WARNING SEQUENCE 11",
            "ftplib-rnto-after-noop.log         | WARNING SEQUENCE 19",
            "commons-net-arrows-retr-without-pasv.log | ERROR SEQUENCE 8",
            "filezilla-success-after-failure.log | ERROR CONTRADICTION 12",
            "vsftpd-rnto-without-rnfr.log       | ERROR SEQUENCE 3; ERROR SEQUENCE 10",
            "proftpd-trace-stor-without-port.log | ERROR SEQUENCE 2; ERROR SEQUENCE 8",
            "pure-ftpd-pass-before-user.log     | ERROR SEQUENCE 4"})
    void findsTheExpectedProblemsInEachFormat(String name, String expected) {
        List<Finding> findings = SequenceChecker.check(SampleTranscripts.parsed(name));

        String problems = findings.stream().filter(Finding::isProblem)
                .map(f -> f.severity() + " " + f.kind() + " " + f.lineNumber())
                .collect(Collectors.joining("; "));

        assertThat(problems).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CLEAN")
    void findsNoProblemInACleanTranscript(String name) {
        List<Finding> findings = SequenceChecker.check(SampleTranscripts.parsed(name));

        assertThat(findings).noneMatch(Finding::isProblem);
    }

    @Test
    void namesTheLineOfPassBeforeUserAndSaysToSendUserFirst() {
        List<Finding> findings = SequenceChecker.check(
                SampleTranscripts.parsed("curl-pass-before-user.log"));

        Finding finding = findings.get(0);

        assertThat(finding.lineNumber()).isEqualTo(4);
        assertThat(finding.command()).isEqualTo("PASS ****");
        assertThat(finding.reply()).isEqualTo("503 Login with USER first.");
        assertThat(finding.rule()).contains("PASS needs USER answered 331 just before");
        assertThat(finding.fix()).startsWith("Send USER");
    }

    @Test
    void namesAPassSentAfterTheLoginAsSuchNotAsPassBeforeUser() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> USER alice", "< 331 ok", "> PASS x", "< 230 in",
                "> PASS y", "< 503 Already logged in"));

        Finding finding = findings.get(0);

        assertThat(finding.lineNumber()).isEqualTo(6);
        assertThat(finding.message()).containsIgnoringCase("PASS sent again after the login");
        assertThat(finding.message()).doesNotContain("before USER");
    }

    @Test
    void listsHowOtherServersAnswerWhenThisOneDiffersFromTheRfc() {
        List<Finding> findings = SequenceChecker.check(
                SampleTranscripts.parsed("pure-ftpd-pass-before-user.log"));

        Finding finding = findings.get(0);

        assertThat(finding.message()).contains("530 where the RFC says 503");
        assertThat(finding.serverDifferences())
                .contains("Pure-FTPd 1.0: 530 Please tell me who you are",
                        "vsftpd 3.0: 503 Login with USER first.");
    }

    @Test
    void warnsAboutACommandBetweenRnfrAndRntoEvenWhenTheServerRenamed() {
        List<Finding> findings = SequenceChecker.check(
                SampleTranscripts.parsed("ftplib-rnto-after-noop.log"));

        Finding finding = findings.get(0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("Another command sent between RNFR and RNTO");
        assertThat(finding.serverDifferences()).anySatisfy(line -> assertThat(line)
                .startsWith("Apache MINA FtpServer 1.2: 503"));
    }

    @Test
    void explainsANegativeReplyThatBreaksNoRule() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> USER alice", "< 331 ok", "> PASS x", "< 230 in",
                "> DELE missing.txt", "< 550 No such file"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.kind()).isEqualTo(FindingKind.NEGATIVE_REPLY);
            assertThat(finding.lineNumber()).isEqualTo(7);
            assertThat(finding.message()).startsWith("550: ");
        });
    }

    @Test
    void pairsAbortedTransferRepliesWithTheirCommands() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> USER alice", "< 331 ok", "> PASS x", "< 230 in",
                "> EPSV", "< 229 Entering Extended Passive Mode (|||40001|)",
                "> RETR big.iso", "< 150 Opening", "> ABOR",
                "< 426 Connection closed; transfer aborted.", "< 226 Abort successful"));

        assertThat(findings).noneMatch(Finding::isProblem);
    }

    @Test
    void judgesPipelinedCommandsInTheStateTheServerAnsweredThemIn() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> USER alice", "> PASS x", "> PWD",
                "< 331 ok", "< 230 in", "< 257 \"/\""));

        assertThat(findings).isEmpty();
    }

    @Test
    void assumesALoginWhenTheTranscriptStartsMidSession() {
        List<Finding> findings = SequenceChecker.check(curl(
                "> EPSV", "< 229 Entering Extended Passive Mode (|||40001|)",
                "> LIST", "< 150 Here comes the listing", "< 226 Done"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.kind()).isEqualTo(FindingKind.TRANSCRIPT);
        });
    }

    @Test
    void warnsAboutAReplyThatAnswersNoCommand() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> NOOP", "< 200 ok", "< 200 ok again"));

        assertThat(findings).singleElement()
                .extracting(Finding::kind).isEqualTo(FindingKind.UNSOLICITED_REPLY);
    }

    @Test
    void treatsAnUnaskedClosingReplyAsInformation() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> NOOP", "< 200 ok", "< 421 Timeout."));

        assertThat(findings).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void reportsAnErrorForATransferRefusedWithTheRulesCodeAfterA150() {
        List<Finding> findings = SequenceChecker.check(curl(
                "< 220 ready", "> USER alice", "< 331 ok", "> PASS x", "< 230 in",
                "> STOR a.bin", "< 150 Opening", "< 425 Unable to build data connection"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.kind()).isEqualTo(FindingKind.SEQUENCE);
            assertThat(finding.serverDifferences()).anySatisfy(line -> assertThat(line)
                    .contains("PORT or PASV must be issued first"));
        });
    }

    private static Transcript curl(String... lines) {
        return TranscriptParser.parse(List.of(lines), TranscriptFormat.CURL);
    }
}
