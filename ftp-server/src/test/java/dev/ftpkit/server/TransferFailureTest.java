package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.DataSocket;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transfers that break or are stopped: a reset data connection, ABOR, STAT and QUIT while data
 * flows. An upload that did not complete never replaces the old file, and never gets 226.
 */
@Timeout(30)
class TransferFailureTest {

    private static final byte[] CHUNK = new byte[64 * 1024];

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
        raw = server.raw();
        raw.login("alice");
        raw.send("TYPE I");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void resetDataConnectionMidUploadKeepsTheOldFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "the old content");
        Socket data = DataSocket.open(raw, raw.send("PASV"));
        Reply opening = raw.send("STOR keep.txt");
        OutputStream out = data.getOutputStream();
        out.write(CHUNK);
        out.flush();

        data.setSoLinger(true, 0); // close with RST: the connection broke, it did not end
        data.close();
        Reply result = raw.readReply();

        assertThat(opening.code()).isEqualTo(150);
        assertThat(result.code()).isEqualTo(426);
        assertThat(root.resolve("keep.txt")).hasContent("the old content");
        assertNoTemporaryFiles();
    }

    @Test
    void abortedUploadKeepsTheOldFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "the old content");
        Socket data = DataSocket.open(raw, raw.send("PASV"));
        raw.send("STOR keep.txt");
        data.getOutputStream().write(CHUNK);
        data.getOutputStream().flush();

        raw.write("ABOR\r\n");
        Reply transfer = raw.readReply();
        Reply abort = raw.readReply();
        data.close();

        assertThat(transfer.code()).isEqualTo(426);
        assertThat(abort.code()).isEqualTo(226);
        assertThat(root.resolve("keep.txt")).hasContent("the old content");
        assertNoTemporaryFiles();
    }

    @Test
    void abortedDownloadReplies426ThenAbor226() throws IOException {
        bigFile("big.bin");
        Socket data = DataSocket.open(raw, raw.send("PASV"), 4096);
        Reply opening = raw.send("RETR big.bin");
        data.getInputStream().readNBytes(1000); // started, then the client stops reading

        raw.write("ABOR\r\n");
        Reply transfer = raw.readReply();
        Reply abort = raw.readReply();
        data.close();

        assertThat(opening.code()).isEqualTo(150);
        assertThat(transfer.code()).isEqualTo(426);
        assertThat(abort.code()).isEqualTo(226);
        assertThat(raw.send("NOOP").code()).isEqualTo(200);
    }

    @Test
    void statDuringATransferReportsIt() throws IOException {
        bigFile("big.bin");
        Socket data = DataSocket.open(raw, raw.send("PASV"), 4096);
        raw.send("RETR big.bin");
        data.getInputStream().readNBytes(1000);

        Reply status = raw.send("STAT");
        raw.write("ABOR\r\n");
        raw.readReply();
        raw.readReply();
        data.close();

        assertThat(status.code()).isEqualTo(211);
        assertThat(status.toString()).contains("RETR /big.bin").doesNotContain(" 0 bytes");
    }

    @Test
    void commandsDuringATransferWaitForItsFinalReply() throws IOException {
        Files.write(root.resolve("small.bin"), CHUNK);
        Socket data = DataSocket.open(raw, raw.send("PASV"), 4096);
        raw.send("RETR small.bin");

        raw.write("PWD\r\n"); // not ABOR, STAT or QUIT: must wait for the transfer
        byte[] received = data.getInputStream().readAllBytes();
        data.close();
        Reply transfer = raw.readReply();
        Reply pwd = raw.readReply();

        assertThat(received).hasSize(CHUNK.length);
        assertThat(transfer.code()).isEqualTo(226);
        assertThat(pwd.code()).isEqualTo(257);
    }

    @Test
    void quitDuringATransferClosesAfterIt() throws IOException {
        Files.write(root.resolve("small.bin"), CHUNK);
        Socket data = DataSocket.open(raw, raw.send("PASV"), 4096);
        raw.send("RETR small.bin");

        raw.write("QUIT\r\n");
        byte[] received = data.getInputStream().readAllBytes();
        data.close();
        Reply transfer = raw.readReply();
        Reply quit = raw.readReply();

        assertThat(received).hasSize(CHUNK.length);
        assertThat(transfer.code()).isEqualTo(226);
        assertThat(quit.code()).isEqualTo(221);
        assertThat(raw.isClosedByServer()).isTrue();
    }

    @Test
    void retrOfAMissingFileReplies550WithoutOpeningData() throws IOException {
        raw.send("PASV");

        Reply reply = raw.send("RETR missing.bin");

        assertThat(reply.code()).isEqualTo(550);
    }

    @Test
    void storOntoADirectoryReplies550() throws IOException {
        raw.send("PASV");

        Reply reply = raw.send("STOR bob");

        assertThat(reply.code()).isEqualTo(550);
        assertThat(root.resolve("bob")).isDirectory();
    }

    @Test
    void transferWhoseClientNeverConnectsReplies425() throws IOException {
        server.close();
        server = TestServer.start(root, builder -> builder
                .dataConnectionTimeout(java.time.Duration.ofMillis(300)));
        raw = server.raw();
        raw.login("alice");
        Files.writeString(root.resolve("a.txt"), "a");
        raw.send("PASV");

        Reply reply = raw.send("RETR a.txt");

        assertThat(reply.code()).isEqualTo(425);
        assertThat(raw.send("NOOP").code()).isEqualTo(200);
    }

    @Test
    void restBeyondTheEndOfTheFileReplies554() throws IOException {
        Files.writeString(root.resolve("short.txt"), "short");
        raw.send("PASV");
        raw.send("REST 100");

        Reply reply = raw.send("RETR short.txt");

        assertThat(reply.code()).isEqualTo(554);
    }

    private void bigFile(String name) throws IOException {
        // Sparse: instant to make, and far bigger than every socket buffer on the way.
        try (RandomAccessFile file = new RandomAccessFile(root.resolve(name).toFile(), "rw")) {
            file.setLength(256L * 1024 * 1024);
        }
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (var entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }
}
