package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.ScriptedServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the client makes of transfers that fail on the server's side: the final reply of a
 * transfer decides, and a stream's close() is where it surfaces.
 */
@Timeout(30)
class TransferFailureTest {

    private FtpClient connect(ScriptedServer server) throws FtpException {
        return FtpClient.builder().host("127.0.0.1").port(server.port())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .dataTimeout(Duration.ofSeconds(10))
                .connect();
    }

    @Test
    void downloadConfirmedWith451ThrowsTransferException() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("RETR /a.bin");
                session.send("150 Sending");
                try (Socket connection = data.accept()) {
                    connection.getOutputStream().write(new byte[1000]);
                }
                session.send("451 Local error: disk read failed");
            }
            session.expect("NOOP");
            session.send("200 Still here");
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            assertThatThrownBy(() -> client.download("/a.bin", new ByteArrayOutputStream()))
                    .isInstanceOfSatisfying(FtpTransferException.class, e -> {
                        assertThat(e.code()).isEqualTo(451);
                        assertThat(e.getMessage()).isEqualTo("RETR /a.bin failed: 451 Local"
                                + " error: disk read failed");
                    });
            client.noop();
        }
    }

    @Test
    void uploadRefusedAtTheEndWith552ThrowsFromClose() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("STOR /big.bin");
                session.send("150 Ok to send data");
                try (Socket connection = data.accept()) {
                    connection.getInputStream().readAllBytes();
                }
                session.send("552 Exceeded storage allocation");
            }
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            assertThatThrownBy(() -> client.upload(new ByteArrayInputStream(new byte[5000]),
                    "/big.bin"))
                    .isInstanceOfSatisfying(FtpTransferException.class, e -> {
                        assertThat(e.code()).isEqualTo(552);
                        assertThat(e.command()).isEqualTo("STOR /big.bin");
                    });
        }
    }

    @Test
    void refusedTransferClosesThePreparedDataConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                try (Socket connection = data.accept()) {
                    session.expect("RETR /secret");
                    session.send("550 Permission denied");
                    // The client must close its side once the transfer was refused.
                    assertThat(connection.getInputStream().read()).isEqualTo(-1);
                }
            }
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            try (FtpClient client = connect(server)) {
                assertThatThrownBy(() -> client.openInputStream("/secret"))
                        .isInstanceOf(FtpFileNotFoundException.class);
            }
            server.awaitScript();
        }
    }

    @Test
    void closingADownloadEarlyAcceptsTheAbortReplyAndKeepsTheSession() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("RETR /huge.bin");
                session.send("150 Sending");
                try (Socket connection = data.accept()) {
                    connection.getOutputStream().write(new byte[10]);
                    connection.getInputStream().read(); // until the client closes
                }
                session.send("426 Connection closed; transfer aborted");
            }
            session.expect("NOOP");
            session.send("200 Ok");
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            try (InputStream in = client.openInputStream("/huge.bin")) {
                assertThat(in.readNBytes(10)).hasSize(10);
            }

            client.noop();
        }
    }

    @Test
    void downloadToAFileThatFailsMidwayLeavesTheOldFileAsItWas(@TempDir Path local)
            throws Exception {
        Path target = local.resolve("report.csv");
        Files.writeString(target, "the old, complete report");
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("RETR report.csv");
                session.send("150 Sending");
                try (Socket connection = data.accept()) {
                    connection.getOutputStream().write("half a rep".getBytes(
                            StandardCharsets.UTF_8));
                }
                session.send("426 Connection closed; transfer aborted");
            }
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            assertThatThrownBy(() -> client.download("report.csv", target))
                    .isInstanceOf(FtpTransferException.class);

            assertThat(Files.readString(target)).isEqualTo("the old, complete report");
            assertThat(local.toFile().list()).containsExactly("report.csv");
        }
    }

    @Test
    void downloadOfAMissingFileLeavesTheLocalFileAsItWas(@TempDir Path local)
            throws Exception {
        Path target = local.resolve("keep.txt");
        Files.writeString(target, "keep me");
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("RETR keep.txt");
                session.send("550 No such file");
            }
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            assertThatThrownBy(() -> client.download("keep.txt", target))
                    .isInstanceOf(FtpFileNotFoundException.class);

            assertThat(Files.readString(target)).isEqualTo("keep me");
            assertThat(local.toFile().list()).containsExactly("keep.txt");
        }
    }

    @Test
    void extraPreliminaryRepliesBeforeTheFinalOneAreSkipped() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            sendOnRetr(session, "/a.txt", "abc");
            session.send("125 Still sending", "150 Nearly there", "226 Done");
            session.expect("NOOP");
            session.send("200 In step");
            session.expect("QUIT");
            session.send("221 Bye");
        }); FtpClient client = connect(server)) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();

            long bytes = client.download("/a.txt", content);

            assertThat(bytes).isEqualTo(3);
            client.noop();
        }
    }

    @Test
    void endlessPreliminaryRepliesFailTheConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            sendOnRetr(session, "/a.txt", "abc");
            for (int i = 0; i < 1000; i++) {
                session.send("125 Still sending");
            }
        }); FtpClient client = connect(server)) {
            assertThatThrownBy(() -> client.download("/a.txt", new ByteArrayOutputStream()))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageContaining("preliminary replies");
        }
    }

    private static void sendOnRetr(ScriptedServer.Session session, String path,
            String content) throws Exception {
        try (ServerSocket data = session.openDataListener()) {
            session.answerEpsv(data);
            session.expect("RETR " + path);
            session.send("150 Sending");
            try (Socket connection = data.accept()) {
                connection.getOutputStream().write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void uploadWithATemporaryNameDeletesItWhenTheRenameIsRefused() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            String temporary;
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                temporary = session.expect("STOR out/.r.csv.").substring("STOR ".length());
                session.send("150 Ok to send data");
                try (Socket connection = data.accept()) {
                    connection.getInputStream().readAllBytes();
                }
                session.send("226 Stored");
            }
            session.expect("RNFR " + temporary);
            session.send("350 Ready for RNTO");
            session.expect("RNTO out/r.csv");
            session.send("553 Name not allowed");
            session.expect("DELE out/r.csv");
            session.send("550 Permission denied");
            session.expect("DELE " + temporary);
            session.send("250 Deleted");
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            try (FtpClient client = FtpClient.builder().host("127.0.0.1").port(server.port())
                    .readTimeout(Duration.ofSeconds(10)).dataTimeout(Duration.ofSeconds(10))
                    .temporaryUploadNames(true).connect()) {
                assertThatThrownBy(() -> client.upload(new ByteArrayInputStream(new byte[10]),
                        "out/r.csv")).isInstanceOf(FtpFileNotFoundException.class);
            }
            server.awaitScript();
        }
    }
}
