package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints logs written by real clients (curl, lftp, Python's ftplib) against ftpkit's own
 * server on a loopback ephemeral port: the server enforces the same rules lint reads, so a
 * clean session must lint clean, and a command the server refused for its order must be
 * reported with the server's reply.
 */
@Timeout(90)
class LintRealClientsTest {

    private static final String PASSWORD = "Tr0ub4dor-live";
    private static final long CLIENT_SECONDS = 30;

    @TempDir
    Path root;

    @TempDir
    Path logs;

    private FtpServer server;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        Files.writeString(root.resolve("report.csv"), "a,b\n1,2\n");
        String hash = PasswordHash.hash(PASSWORD.toCharArray(), 1_000);
        server = FtpServer.start(FtpServerConfig.builder()
                .bindAddress(InetAddress.getByName("127.0.0.1"))
                .port(0)
                .root(root)
                .users(InMemoryUserStore.builder().add("alice", hash, "", true).build())
                .dataConnectionTimeout(Duration.ofSeconds(5))
                .build());
        port = server.localAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void curlDownloadLintsClean() throws Exception {
        String curl = peer("curl");
        Path log = logs.resolve("curl.log");

        run(log, curl, "-v", "--max-time", "20", "-o", logs.resolve("out.csv").toString(),
                "ftp://alice:" + PASSWORD + "@127.0.0.1:" + port + "/report.csv");
        CommandRun lint = CommandRun.ftpkit("lint", log.toString());

        assertThat(lint.out()).contains("read as curl -v").doesNotContain(": 0 commands");
        assertThat(lint.exitCode()).as(lint.out()).isZero();
        assertThat(lint.out() + lint.err()).doesNotContain(PASSWORD);
    }

    @Test
    void lftpSessionLintsClean() throws Exception {
        String lftp = peer("lftp");
        Path log = logs.resolve("lftp.log");

        run(log, lftp, "-d", "-e", "set net:max-retries 1; set ftp:ssl-allow no; cls; "
                + "get report.csv -o " + logs.resolve("got.csv") + "; mv report.csv r2.csv; quit",
                "-u", "alice," + PASSWORD, "ftp://127.0.0.1:" + port);
        CommandRun lint = CommandRun.ftpkit("lint", log.toString());

        assertThat(lint.out()).contains("read as lftp -d").doesNotContain(": 0 commands");
        assertThat(lint.exitCode()).as(lint.out()).isZero();
        assertThat(lint.out() + lint.err()).doesNotContain(PASSWORD);
    }

    @Test
    void ftplibCommandsOutOfOrderAreReportedWithTheServersReplies() throws Exception {
        String python = peer("python3");
        Path script = logs.resolve("session.py");
        Files.writeString(script, String.join("\n",
                "import ftplib, sys",
                "f = ftplib.FTP()",
                "f.set_debuglevel(2)",
                "f.connect('127.0.0.1', int(sys.argv[1]))",
                "for cmd in ('PASS " + PASSWORD + "', 'RNTO x.csv'):",
                "    try:",
                "        f.sendcmd(cmd)",
                "    except ftplib.all_errors:",
                "        pass",
                "f.login('alice', '" + PASSWORD + "')",
                "try:",
                "    f.sendcmd('RNTO x.csv')",
                "except ftplib.all_errors:",
                "    pass",
                "f.quit()", ""));
        Path log = logs.resolve("ftplib.log");

        run(log, python, script.toString(), Integer.toString(port));
        CommandRun lint = CommandRun.ftpkit("lint", "--json", log.toString());

        assertThat(lint.exitCode()).as(lint.out()).isEqualTo(1);
        assertThat(lint.out()).contains("\"format\" : \"ftplib\"",
                "PASS sent before USER: the server refused it with 503, as the RFC requires",
                "RNTO sent without RNFR: the server refused it with 503, as the RFC requires")
                .doesNotContain(PASSWORD);
    }

    /** Runs a client with stdout and stderr into {@code log}, bounded in time. */
    private static void run(Path log, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(CLIENT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail(command[0] + " did not finish in " + CLIENT_SECONDS + " s; its log:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** Returns the peer's path; skips without it, unless CI=true, where it fails. */
    private static String peer(String name) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = name + " is not installed; install it to run this test";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
        return name;
    }
}
