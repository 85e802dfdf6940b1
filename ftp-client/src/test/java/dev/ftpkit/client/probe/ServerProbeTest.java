package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.testkit.PeerFtpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The probe against real servers on loopback: ftpkit's own in this JVM, pyftpdlib and
 * vsftpd started through ftp-testkit (skipped when missing, failed under CI=true), and
 * Apache MINA FtpServer in this JVM.
 */
@Timeout(120)
class ServerProbeTest {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DATA_WAIT = Duration.ofSeconds(2);

    @TempDir
    Path scratch;

    private PeerFtpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Scorecard probe(ReferenceServer kind, boolean write) throws Exception {
        server = kind.start(scratch);
        return ServerProbe.run(ReferenceServer.settings(server, write, REPLY_TIMEOUT,
                DATA_WAIT));
    }

    private static Map<String, CheckVerdict> verdicts(Scorecard scorecard) {
        Map<String, CheckVerdict> verdicts = new LinkedHashMap<>();
        scorecard.results().forEach(result -> verdicts.put(result.id(), result.verdict()));
        return verdicts;
    }

    @ParameterizedTest
    @EnumSource(ReferenceServer.class)
    void earnsTheVerdictsTheServerIsKnownFor(ReferenceServer kind) throws Exception {
        Scorecard scorecard = probe(kind, true);

        assertThat(verdicts(scorecard)).as(ScorecardText.render(scorecard, 100, false))
                .containsExactlyEntriesOf(kind.expectedVerdicts());
    }

    @ParameterizedTest
    @EnumSource(ReferenceServer.class)
    void removesItsScratchFolderAgain(ReferenceServer kind) throws Exception {
        Scorecard scorecard = probe(kind, true);

        assertThat(scorecard.verdict("scratch-folder")).isEqualTo(CheckVerdict.PASS);
        assertThat(scorecard.verdict("scratch-cleanup")).isEqualTo(CheckVerdict.PASS);
        assertThat(names(server.localHome())).containsExactly("hello.txt");
    }

    @ParameterizedTest
    @EnumSource(ReferenceServer.class)
    void neverShowsThePassword(ReferenceServer kind) throws Exception {
        Scorecard scorecard = probe(kind, true);

        String everything = scorecard.toString() + ScorecardText.render(scorecard, 100, true);
        assertThat(everything).doesNotContain(server.password());
    }

    @Test
    void readOnlyProbeChangesNothingAndAsksAboutAListedFile() throws Exception {
        Scorecard scorecard = probe(ReferenceServer.FTPKIT, false);

        assertThat(names(server.localHome())).containsExactly("hello.txt");
        assertThat(scorecard.verdict("scratch-folder")).isEqualTo(CheckVerdict.SKIP);
        assertThat(scorecard.verdict("rename-interrupted")).isEqualTo(CheckVerdict.SKIP);
        assertThat(scorecard.result("size").orElseThrow().sent())
                .containsExactly("SIZE hello.txt");
        assertThat(scorecard.result("size").orElseThrow().received())
                .containsExactly("213 13");
        assertThat(scorecard.hasFailures()).isFalse();
    }

    @Test
    void pyftpdlibWaitsForADataConnectionNobodyPrepared() throws Exception {
        Scorecard scorecard = probe(ReferenceServer.PYFTPDLIB, false);

        CheckResult result = scorecard.result("transfer-without-data-connection").orElseThrow();
        assertThat(result.verdict()).isEqualTo(CheckVerdict.FAIL);
        assertThat(result.received()).containsExactly(
                "150 File status okay. About to open data connection.",
                "(no reply within 2 s)");
        assertThat(result.note()).startsWith("server waited for a data connection");
        assertThat(result.serverNotes()).anyMatch(note -> note.startsWith("pyftpdlib 1.5: 150"));
        assertThat(scorecard.hasFailures()).isTrue();
    }

    @Test
    void minaRefusesATransferWithoutDataConnectionWith503() throws Exception {
        Scorecard scorecard = probe(ReferenceServer.MINA, false);

        CheckResult result = scorecard.result("transfer-without-data-connection").orElseThrow();
        assertThat(result.verdict()).isEqualTo(CheckVerdict.PASS);
        assertThat(result.received()).containsExactly("503 PORT or PASV must be issued first");
        assertThat(result.note()).contains("503", "rather than 425");
    }

    @Test
    void vsftpdKeepsTheRestOffsetAndSaysHowOtherServersDiffer() throws Exception {
        Scorecard scorecard = probe(ReferenceServer.VSFTPD, false);

        CheckResult result = scorecard.result("rest-then-other").orElseThrow();
        assertThat(result.verdict()).isEqualTo(CheckVerdict.WARN);
        assertThat(result.sent()).containsExactly("REST 100", "PWD");
        assertThat(result.expected()).startsWith("503");
        assertThat(result.serverNotes()).anyMatch(note -> note.startsWith("vsftpd 3.0: keeps"));
    }

    @Test
    void writeChecksOnFtpkitCompareTheUploadWithSizeMdtmAndMlst() throws Exception {
        Scorecard scorecard = probe(ReferenceServer.FTPKIT, true);

        assertThat(scorecard.result("size").orElseThrow().received())
                .containsExactly("213 " + ProbeContext.SAMPLE_CONTENT.length);
        assertThat(scorecard.result("mdtm").orElseThrow().note())
                .isEqualTo("agrees with the upload's time in UTC");
        assertThat(scorecard.result("mlst-facts").orElseThrow().sent()).hasSize(2);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
