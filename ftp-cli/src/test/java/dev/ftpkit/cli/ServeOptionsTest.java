package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Option errors of {@code ftpkit serve}, run in-process. Each case fails before the server
 * would run, so {@code execute} returns; the serving path is covered by {@link ServeProcessTest}.
 */
@Timeout(20)
class ServeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void helpDescribesEveryOption() {
        CommandRun run = CommandRun.ftpkit("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--root", "--address", "--port", "--passive-ports",
                "--passive-address", "--users", "--anonymous", "--verbose", "Ctrl-C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"50000", "60000-50000", "80-90", "a-b", "50000-70000", "-"})
    void badPassiveRangeIsAUsageError(String range) {
        CommandRun run = CommandRun.ftpkit("serve", "--root", dir.toString(),
                "--passive-ports", range);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--passive-ports", "FIRST-LAST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"70000", "-1", "ftp"})
    void badPortIsAUsageError(String port) {
        CommandRun run = CommandRun.ftpkit("serve", "--root", dir.toString(), "--port", port);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }

    @Test
    void missingRootIsAUsageErrorNamingTheDirectory() {
        Path missing = dir.resolve("no-such-dir");

        CommandRun run = CommandRun.ftpkit("serve", "--root", missing.toString(), "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString(), "not a directory");
    }

    @Test
    void missingUsersFileIsAUsageErrorNamingTheFile() {
        Path missing = dir.resolve("users.yaml");

        CommandRun run = CommandRun.ftpkit("serve", "--root", dir.toString(), "--port", "0",
                "--users", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString(), "no such file");
    }

    @Test
    void malformedUsersFileFailsNamingTheBadField() throws IOException {
        Path users = Files.writeString(dir.resolve("users.yaml"),
                "users:\n  - name: alice\n    password: secret\n");

        CommandRun run = CommandRun.ftpkit("serve", "--root", dir.toString(), "--port", "0",
                "--users", users.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("users file", "users[0].password");
    }

    @Test
    void portInUseFailsWithAHintToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());

            CommandRun run = CommandRun.ftpkit("serve", "--root", dir.toString(),
                    "--address", "127.0.0.1", "--port", port);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1 port " + port, "--port 0");
        }
    }
}
