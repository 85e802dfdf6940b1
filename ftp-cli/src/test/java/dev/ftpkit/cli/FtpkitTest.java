package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FtpkitTest {

    @Test
    void versionOptionPrintsTheVersionMavenFilledIn() {
        CommandRun run = CommandRun.ftpkit("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("^ftpkit \\d+\\.\\d+\\.\\d+")
                .doesNotContain("${project.version}");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CommandRun run = CommandRun.ftpkit("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("serve", "hash-password", "Exit codes:")
                .containsPattern("(?m)^\\s+2\\s+Usage error");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.ftpkit();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command", "ftpkit --help");
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        CommandRun run = CommandRun.ftpkit("serv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("serv", "serve");
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        CommandRun run = CommandRun.ftpkit("serve", "--prot", "21");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--prot", "ftpkit serve --help");
    }
}
