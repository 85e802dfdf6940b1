package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.DataSocket;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transfer whose data connection moves nothing for the idle timeout is aborted with 426, as
 * vsftpd (data_connection_timeout) and pyftpdlib (DTPHandler.timeout) do. Without it, a
 * client that vanished mid-upload without a reset would hold its session, socket and file
 * forever: the control connection's idle timeout does not run during a transfer.
 */
@Timeout(30)
class StalledTransferTest {

    private static final Duration IDLE = Duration.ofSeconds(1);

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root, config -> config.idleTimeout(IDLE));
        raw = server.raw();
        raw.login("alice");
        raw.send("TYPE I");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void uploadThatStopsSendingIsAbortedAndKeepsTheOldFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "the old content");
        try (Socket data = DataSocket.open(raw, raw.send("PASV"))) {
            Reply opening = raw.send("STOR keep.txt");
            OutputStream out = data.getOutputStream();
            out.write(new byte[1000]);
            out.flush();

            Reply result = raw.readReply(); // the client neither sends more nor closes

            assertThat(opening.code()).isEqualTo(150);
            assertThat(result.code()).isEqualTo(426);
        }
        assertThat(root.resolve("keep.txt")).hasContent("the old content");
        try (Stream<Path> entries = Files.list(root)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void downloadTheClientStopsReadingIsAborted() throws IOException {
        Files.write(root.resolve("big.bin"), new byte[16 * 1024 * 1024]);
        try (Socket data = DataSocket.open(raw, raw.send("PASV"), 4096)) {
            Reply opening = raw.send("RETR big.bin");
            data.getInputStream().readNBytes(1000);

            Reply result = raw.readReply(); // the client never reads again

            assertThat(opening.code()).isEqualTo(150);
            assertThat(result.code()).isEqualTo(426);
        }
        assertThat(raw.send("NOOP").code()).isEqualTo(200);
    }

    @Test
    void slowDownloadThatKeepsMovingIsNotAborted() throws Exception {
        byte[] content = new byte[512 * 1024];
        new Random(7).nextBytes(content);
        Files.write(root.resolve("slow.bin"), content);
        try (Socket data = DataSocket.open(raw, raw.send("PASV"), 4096)) {
            raw.send("RETR slow.bin");
            InputStream in = data.getInputStream();
            byte[] received = new byte[content.length];
            int total = 0;
            long started = System.nanoTime();

            // Well past the idle timeout in all, but never a second without progress.
            while (total < content.length) {
                int read = in.read(received, total, Math.min(16 * 1024, content.length - total));
                total += Math.max(0, read);
                Thread.sleep(100);
            }
            Reply result = raw.readReply();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(IDLE);
            assertThat(result.code()).isEqualTo(226);
            assertThat(received).isEqualTo(content);
        }
    }
}
