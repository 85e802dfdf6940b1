package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops {@code ftpkit put} in a child JVM mid-upload with SIGINT, as Ctrl-C does: the server
 * must keep the file it had, not the part sent. Not {@link Process#destroy()}: it also
 * closes the child's standard input, whose end would then complete the upload normally.
 */
@Timeout(60)
class PutInterruptedProcessTest {

    private static final String OLD_CONTENT = "the file as it was before the upload";

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void terminatedUploadLeavesTheOldFileInPlace() throws Exception {
        Path kept = server.localHome().resolve("kept.bin");
        Files.writeString(kept, OLD_CONTENT);
        CliProcess cli = CliProcess.in(work, scratch.resolve("user-home"))
                .env("FTP_PASSWORD", TestServer.PASSWORD);
        Process process = cli.start(CliProcess.command("put", "-q", "-",
                server.url("kept.bin")));
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write(new byte[1 << 20]);
            stdin.flush();
            awaitPartialUpload(server.localHome());

            interrupt(process);

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        awaitNoPartialUpload(server.localHome());
        assertThat(kept).hasContent(OLD_CONTENT);
    }

    /** Sends SIGINT to {@code process}, which this test started, by its PID. */
    private static void interrupt(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                .inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    private static void awaitPartialUpload(Path directory) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            Optional<Path> part = partialUpload(directory);
            if (part.isPresent() && Files.size(part.get()) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the upload never started in " + directory);
    }

    private static void awaitNoPartialUpload(Path directory) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (partialUpload(directory).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server still holds a partial upload in " + directory);
    }

    private static Optional<Path> partialUpload(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part"))
                    .findFirst();
        }
    }
}
