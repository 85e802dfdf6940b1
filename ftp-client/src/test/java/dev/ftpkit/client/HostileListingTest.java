package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.client.support.ScriptedServer;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that lists names meant to escape the target directory, as in the mirror CVEs of
 * wget (CVE-2014-4877) and lftp: a tree download must write only inside its target.
 */
@Timeout(30)
class HostileListingTest {

    @TempDir
    Path scratch;

    @Test
    void treeDownloadWritesNothingOutsideItsTargetForTraversingMlsdNames() throws Exception {
        Path target = scratch.resolve("a/b/target");
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("MLST type*;size*;", "EPSV");
            listing(session, "MLSD top", "type=file;size=4; ../../evil",
                    "type=file;size=4; /" + scratch.resolve("absolute").toString().substring(1),
                    "type=dir; x/../../../up", "type=file;size=4; ..\u0000nul",
                    "type=file;size=2; ok");
            retrieve(session, "RETR top/ok", "ok");
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            TreeTransferResult result = FtpTreeTransfer.using(client(server), 1)
                    .download("top", target);
            server.awaitScript();

            assertThat(result.files()).isEqualTo(1);
            assertThat(Files.readString(target.resolve("ok"))).isEqualTo("ok");
            assertThat(filesUnder(scratch)).containsExactly(target.resolve("ok"));
        }
    }

    @Test
    void treeDownloadWritesNothingOutsideItsTargetForTraversingListNames() throws Exception {
        Path target = scratch.resolve("a/b/target");
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            listing(session, "LIST top",
                    "-rw-r--r--   1 ftp ftp  4 Jan 01  2024 ../../evil",
                    "-rw-r--r--   1 ftp ftp  4 Jan 01  2024 /tmp/absolute",
                    "drwxr-xr-x   2 ftp ftp  4 Jan 01  2024 ..",
                    "-rw-r--r--   1 ftp ftp  2 Jan 01  2024 ok");
            retrieve(session, "RETR top/ok", "ok");
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            TreeTransferResult result = FtpTreeTransfer.using(client(server), 1)
                    .download("top", target);
            server.awaitScript();

            assertThat(result.files()).isEqualTo(1);
            assertThat(filesUnder(scratch)).containsExactly(target.resolve("ok"));
        }
    }

    private static void listing(ScriptedServer.Session session, String command,
            String... lines) throws Exception {
        try (ServerSocket data = session.openDataListener()) {
            session.answerEpsv(data);
            session.expect(command);
            session.send("150 Listing");
            try (Socket connection = data.accept();
                    OutputStream out = connection.getOutputStream()) {
                out.write((String.join("\r\n", lines) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            session.send("226 Done");
        }
    }

    private static void retrieve(ScriptedServer.Session session, String command,
            String content) throws Exception {
        try (ServerSocket data = session.openDataListener()) {
            session.answerEpsv(data);
            session.expect(command);
            session.send("150 Sending");
            try (Socket connection = data.accept();
                    OutputStream out = connection.getOutputStream()) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            session.send("226 Done");
        }
    }

    private static FtpClientBuilder client(ScriptedServer server) {
        return FtpClient.builder().host("127.0.0.1").port(server.port())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .dataTimeout(Duration.ofSeconds(10));
    }

    private static java.util.List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
