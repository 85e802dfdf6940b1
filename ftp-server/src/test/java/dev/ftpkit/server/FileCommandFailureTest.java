package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.DataSocket;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File commands the file system refuses get a permanent 550 (553 for a name it cannot hold),
 * as vsftpd and pyftpdlib answer, never the transient 451 that tells a client to retry the
 * same thing. An upload to a name that cannot exist is refused before its 150.
 */
@Timeout(30)
class FileCommandFailureTest {

    // Longer than the 255 bytes a name may have on every common Unix file system.
    private static final String TOO_LONG = "n".repeat(300);

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
        Files.writeString(root.resolve("file.txt"), "a file");
        Files.createDirectories(root.resolve("empty"));
        Files.createDirectories(root.resolve("full"));
        Files.writeString(root.resolve("full/inside.txt"), "inside");
        raw = server.raw();
        raw.login("alice");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "RNFR {0} then RNTO {1}")
    @CsvSource({
            "file.txt, empty", // rename(2) says EISDIR
            "empty,    file.txt", // ENOTDIR
            "empty,    full", // ENOTEMPTY
    })
    void renameTheFileSystemRefusesRepliesFileUnavailable(String from, String to)
            throws IOException {
        raw.send("RNFR " + from);

        Reply reply = raw.send("RNTO " + to);

        assertThat(reply.code()).isEqualTo(550);
        assertThat(root.resolve("file.txt")).hasContent("a file");
        assertThat(root.resolve("full/inside.txt")).hasContent("inside");
        assertThat(root.resolve("empty")).isEmptyDirectory();
    }

    @Test
    void mkdWithANameTooLongRepliesNameNotAllowed() throws IOException {
        Reply reply = raw.send("MKD " + TOO_LONG);

        assertThat(reply.code()).isEqualTo(553);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOR", "APPE"})
    void uploadToANameTooLongIsRefusedBeforeTheDataConnection(String verb) throws IOException {
        raw.send("TYPE I");
        try (Socket data = DataSocket.open(raw, raw.send("PASV"))) {
            Reply reply = raw.send(verb + " " + TOO_LONG);

            assertThat(reply.code()).isEqualTo(553);
        }
        assertThat(raw.send("NOOP").code()).isEqualTo(200);
        try (var entries = Files.list(root)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("bob", "empty", "file.txt", "full");
        }
    }
}
