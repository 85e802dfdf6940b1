package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ftpkit.testkit.PeerFtpServer;
import dev.ftpkit.testkit.PyftpdlibServer;
import dev.ftpkit.testkit.VsftpdServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs {@code ftpkit} in a child JVM against servers we did not write: pyftpdlib, which
 * lists by MLSD, and vsftpd, which has only LIST with minute-precision times and serves
 * anonymous uploads in /pub. Each is skipped with a reason when missing, unless CI=true.
 */
@Timeout(120)
class PeerServersTest {

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private PeerFtpServer server;

    /** The peers, and how to reach each. */
    enum Peer {
        PYFTPDLIB,
        VSFTPD;

        PeerFtpServer start(Path scratch) throws IOException, InterruptedException {
            return this == PYFTPDLIB ? PyftpdlibServer.start(scratch)
                    : VsftpdServer.start(scratch);
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Peer.class)
    void putListAndGetRoundTripAFile(Peer peer) throws Exception {
        CliProcess cli = start(peer);
        byte[] content = new byte[300_000];
        new Random(11).nextBytes(content);
        Files.write(work.resolve("upload.bin"), content);

        CliResult put = cli.run("put", "upload.bin", url("upload.bin"));
        CliResult list = cli.run("ls", "--json", url(""));
        CliResult get = cli.run("get", url("upload.bin"), "download.bin");

        assertThat(put.exitCode()).as(put.printed()).isZero();
        assertThat(server.localHome().resolve("upload.bin")).hasBinaryContent(content);
        assertThat(list.json().path("entries")).anySatisfy(entry -> {
            assertThat(entry.path("name").asText()).isEqualTo("upload.bin");
            assertThat(entry.path("size").asLong()).isEqualTo(content.length);
        });
        assertThat(get.exitCode()).as(get.printed()).isZero();
        assertThat(work.resolve("download.bin")).hasBinaryContent(content);
    }

    @ParameterizedTest
    @EnumSource(Peer.class)
    void mirrorUpAndBackDownThenAgainCopiesNothing(Peer peer) throws Exception {
        CliProcess cli = start(peer);
        FileTrees.write(work.resolve("site"), 40, 12);

        CliResult up = cli.run("mirror", "--parallel", "3", "site", url("site"));
        CliResult down = cli.run("mirror", "--parallel", "3", url("site"), "copy");
        CliResult again = cli.run("mirror", "--only-newer", "--json", "site", url("site"));

        assertThat(up.exitCode()).as(up.printed()).isZero();
        assertThat(down.exitCode()).as(down.printed()).isZero();
        FileTrees.assertSame(work.resolve("site"), server.localHome().resolve("site"));
        FileTrees.assertSame(work.resolve("site"), work.resolve("copy"));
        JsonNode unchanged = again.json();
        assertThat(unchanged.path("files").asInt()).as(again.printed()).isZero();
        assertThat(unchanged.path("skipped").asInt()).isEqualTo(40);
    }

    @ParameterizedTest
    @EnumSource(Peer.class)
    void missingFileExitsWithNotFound(Peer peer) throws Exception {
        CliProcess cli = start(peer);

        CliResult run = cli.run("get", url("no-such-file.txt"));

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("RETR ", "no-such-file.txt", "refused: 550");
    }

    private CliProcess start(Peer peer) throws Exception {
        server = peer.start(scratch);
        server.handOver();
        CliProcess cli = CliProcess.in(work, scratch.resolve("user-home"));
        // The password travels in the environment, as a script would pass it.
        return server.user().equals("anonymous") ? cli
                : cli.env("FTP_PASSWORD", server.password());
    }

    /** Returns the URL of {@code path} inside the peer's writable directory. */
    private String url(String path) {
        String user = server.user().equals("anonymous") ? "" : server.user() + "@";
        String home = server.remoteHome().replaceFirst("^/", "");
        String inside = home.isEmpty() ? path : home + "/" + path;
        return "ftp://" + user + server.host() + ":" + server.port() + "/" + inside;
    }
}
