package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ftpkit probe} in a child JVM, where the client library's log lines would reach
 * standard error, with the credentials found as the transfer commands find them.
 */
@Timeout(120)
class ProbeProcessTest {

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private Path home;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        home = scratch.resolve("user-home");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void probeKeepsTheClientLogOffStandardError() {
        CliResult run = CliProcess.in(work, home).env("FTP_PASSWORD", TestServer.PASSWORD)
                .run("probe", "--timeout", "5", "--data-wait", "1", server.url(""));

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("INFO");
    }

    @Test
    void probeFindsThePasswordInTheNetrcFile() throws IOException {
        Files.createDirectories(home);
        Path netrc = Files.writeString(home.resolve(".netrc"), "machine 127.0.0.1 login "
                + TestServer.USER + " password \"" + TestServer.PASSWORD + "\"\n");
        Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-------"));

        CliResult run = CliProcess.in(work, home)
                .run("probe", "--timeout", "5", "--data-wait", "1", server.url(""));

        assertThat(run.err()).doesNotContain("no password");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    }
}
