package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ftpkit} on a pseudo-terminal: the progress bar drawn in place on standard
 * error, none without a terminal or with --quiet, and the password prompt without echo.
 */
@Timeout(120)
class TerminalTest {

    /**
     * One drawing of the bar: a carriage return, the name, a percent, the bar, a rate ("---"
     * in the first drawing, before any time has passed).
     */
    private static final Pattern BAR = Pattern.compile(
            "\r(big\\.bin) +(\\d{1,3})% \\[[# ]{14}\\] [^\r\n]*? (---|\\d+(\\.\\d)?) [KMG]?i?B/s");

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private CliProcess cli;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        byte[] content = new byte[24 * 1024 * 1024];
        new Random(1).nextBytes(content);
        Files.write(server.localHome().resolve("big.bin"), content);
        cli = CliProcess.in(work, scratch.resolve("user-home"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void progressBarIsRedrawnInPlaceWithPercentAndRate() throws Exception {
        try (PseudoTerminal terminal = PseudoTerminal.start(cli, "get",
                server.urlWithPassword("big.bin"))) {
            int exitCode = terminal.awaitExit();

            String shown = terminal.shown();
            assertThat(exitCode).as(shown).isZero();
            Matcher bar = BAR.matcher(shown);
            int drawings = 0;
            String lastPercent = null;
            String lastRate = null;
            while (bar.find()) {
                drawings++;
                lastPercent = bar.group(2);
                lastRate = bar.group(3);
            }
            assertThat(drawings).as(shown).isGreaterThanOrEqualTo(2);
            assertThat(lastPercent).isEqualTo("100");
            assertThat(lastRate).matches("\\d+(\\.\\d)?");
            assertThat(shown).contains("Downloaded big.bin to big.bin: 24.0 MiB in ");
        }
        assertThat(work.resolve("big.bin")).hasSize(24 * 1024 * 1024);
    }

    @Test
    void quietDrawsNoBarEvenOnATerminal() throws Exception {
        try (PseudoTerminal terminal = PseudoTerminal.start(cli, "get", "--quiet",
                server.urlWithPassword("big.bin"))) {
            int exitCode = terminal.awaitExit();

            assertThat(exitCode).isZero();
            assertThat(terminal.shown()).doesNotContain("%", "\r\r").isBlank();
        }
    }

    @Test
    void withoutATerminalNoBarIsDrawn() {
        CliResult run = cli.run("get", server.urlWithPassword("big.bin"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("\r", "%");
    }

    @Test
    void asksForAMissingPasswordWithoutShowingWhatIsTyped() throws Exception {
        try (PseudoTerminal terminal = PseudoTerminal.start(cli, "ls", server.url(""))) {
            boolean asked = terminal.awaitShown("Password for alice@127.0.0.1: ");
            terminal.type(TestServer.PASSWORD);
            int exitCode = terminal.awaitExit();

            assertThat(asked).as(terminal.shown()).isTrue();
            assertThat(exitCode).as(terminal.shown()).isZero();
            assertThat(terminal.shown()).contains("big.bin")
                    .doesNotContain(TestServer.PASSWORD, "battery");
        }
    }
}
