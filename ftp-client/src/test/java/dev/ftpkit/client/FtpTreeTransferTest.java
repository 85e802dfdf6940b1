package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.FileTrees;
import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.testkit.PeerFtpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mirrors 1,000 small files each way over four connections, byte for byte. */
@Timeout(120)
class FtpTreeTransferTest {

    private static final int DIRECTORIES = 10;
    private static final int FILES_PER_DIRECTORY = 100;
    private static final int CONNECTIONS = 4;

    @TempDir
    Path scratch;

    private PeerFtpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String remote(String name) {
        return server.remoteHome().equals("/") ? "/" + name : server.remoteHome() + "/" + name;
    }

    @ParameterizedTest
    @EnumSource(value = ServerKind.class, names = {"FTPKIT", "PYFTPDLIB", "VSFTPD"})
    void uploadsAThousandFilesByteForByte(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        Path local = scratch.resolve("local");
        FileTrees.write(local, DIRECTORIES, FILES_PER_DIRECTORY, 1);

        TreeTransferResult result = FtpTreeTransfer.using(ServerKind.clientOf(server),
                CONNECTIONS).upload(local, remote("mirror/up"));

        assertThat(result.files()).isEqualTo(DIRECTORIES * FILES_PER_DIRECTORY);
        assertThat(FileTrees.fingerprint(server.localHome().resolve("mirror/up")))
                .isEqualTo(FileTrees.fingerprint(local));
        assertThat(result.elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @EnumSource(value = ServerKind.class, names = {"FTPKIT", "PYFTPDLIB", "VSFTPD"})
    void downloadsAThousandFilesByteForByte(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        Path arranged = server.localHome().resolve("mirror");
        FileTrees.write(arranged, DIRECTORIES, FILES_PER_DIRECTORY, 2);
        server.handOver();
        Path local = scratch.resolve("local");

        TreeTransferResult result = FtpTreeTransfer.using(ServerKind.clientOf(server),
                CONNECTIONS).download(remote("mirror"), local);

        assertThat(result.files()).isEqualTo(DIRECTORIES * FILES_PER_DIRECTORY);
        assertThat(result.bytes()).isEqualTo(Files.walk(arranged).filter(Files::isRegularFile)
                .mapToLong(file -> file.toFile().length()).sum());
        assertThat(FileTrees.fingerprint(local)).isEqualTo(FileTrees.fingerprint(arranged));
        assertThat(result.elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void reportsTheFirstFailureAndHowManyFilesFailed() throws Exception {
        server = ServerKind.PYFTPDLIB.start(scratch.resolve("server"));
        Path local = scratch.resolve("local");
        FileTrees.write(local, 1, 5, 3);
        // A directory where the upload wants a file makes that one STOR fail.
        Files.createDirectories(server.localHome().resolve("up/group 0/dir-0/file 2.bin"));

        assertThatThrownBy(() -> FtpTreeTransfer.using(ServerKind.clientOf(server), 2)
                .upload(local, "/up"))
                .isInstanceOf(FtpException.class)
                .hasMessageStartingWith("tree upload to /up failed for 1 of 5 files; first: STOR"
                        + " /up/group 0/dir-0/file 2.bin refused: 550")
                .cause().isInstanceOf(FtpReplyException.class);
        assertThat(server.localHome().resolve("up/group 0/dir-0/file 0.bin")).exists();
    }
}
