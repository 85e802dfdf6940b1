package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class CommandHelpTest {

    @ParameterizedTest(name = "ftpkit {0} --help")
    @ValueSource(strings = {"ls", "get", "put", "rm", "mkdir", "mv", "mirror"})
    void helpListsTheSharedOptionsAndEveryExitCode(String command) {
        CliResult run = InProcessCli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--active", "--timeout=SECONDS", "--parallel=N",
                        "--verbose", "--json", "--quiet", "--netrc-file=FILE", "Exit codes:")
                .containsPattern("(?m)^\\s+0\\s+Success")
                .containsPattern("(?m)^\\s+1\\s+The server refused a command")
                .containsPattern("(?m)^\\s+2\\s+Usage error")
                .containsPattern("(?m)^\\s+3\\s+Cannot connect")
                .containsPattern("(?m)^\\s+4\\s+Login refused")
                .containsPattern("(?m)^\\s+5\\s+The file or directory is unavailable: not"
                        + " found or not accessible \\(550\\)");
    }

    @Test
    void topLevelHelpListsTheTransferCommands() {
        CliResult run = InProcessCli.run("--help");

        assertThat(run.out()).containsPattern("(?m)^\\s+ls\\s+Lists a directory")
                .containsPattern("(?m)^\\s+mirror\\s+Makes a directory tree")
                .contains("generate-completion");
    }

    @Test
    void completionScriptCompletesTheCommandsAndTheirOptions() {
        CliResult run = InProcessCli.run("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_ftpkit", "mirror", "--only-newer",
                        "--temp-name", "--netrc-file");
    }

    @Test
    void parallelOutOfRangeIsAUsageError() {
        CliResult run = InProcessCli.run("mirror", "--parallel", "65", "a", "ftp://h/b");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--parallel must be 1 to 64, not 65");
    }

    @Test
    void missingNetrcFileIsAUsageErrorNamingIt() {
        CliResult run = InProcessCli.run("ls", "--netrc-file", "nofile", "ftp://127.0.0.1:1/");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--netrc-file nofile: no such file")
                .doesNotContain("check the path");
    }

    @Test
    void timeoutBelowOneSecondIsAUsageError() {
        CliResult run = InProcessCli.run("ls", "--timeout", "0", "ftp://127.0.0.1:1/");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--timeout must be at least 1 second");
    }
}
