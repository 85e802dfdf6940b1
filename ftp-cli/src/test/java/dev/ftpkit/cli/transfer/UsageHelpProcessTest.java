package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.cli.FtpkitCommandLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the usage help of ftpkit and of every command in a child JVM, where picocli's
 * own warnings (a description it cannot format, such as a lone '%') reach standard error.
 */
@Timeout(120)
class UsageHelpProcessTest {

    private static final int MAX_COLUMNS = 100;

    @TempDir
    Path work;

    static Stream<String> commands() {
        List<String> names = new ArrayList<>(FtpkitCommandLine.create().getSubcommands()
                .keySet());
        names.add(0, "");
        return names.stream();
    }

    @ParameterizedTest(name = "ftpkit {0} --help")
    @MethodSource("commands")
    void helpRendersWithoutWarningsWithinTheWidth(String command) {
        CliResult run = CliProcess.in(work, work.resolve("home"))
                .run(command.isEmpty() ? new String[] {"--help"}
                        : new String[] {command, "--help"});

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).allSatisfy(line ->
                assertThat(line.length()).as(line).isLessThanOrEqualTo(MAX_COLUMNS));
    }

    @Test
    void mirrorExampleUrlStaysOnOneLine() {
        CliResult run = CliProcess.in(work, work.resolve("home")).run("mirror", "--help");

        assertThat(run.out()).containsPattern("ftpkit mirror .*ftp://alice@ftp\\.example\\.com/");
    }

    @Test
    void noCommandPointsToHelp() {
        CliResult run = InProcessCli.run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing a command; see 'ftpkit --help'");
    }
}
