package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.testkit.PyftpdlibServer;
import dev.ftpkit.testkit.VsftpdServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ftpkit probe} end to end: against ftpkit's own server in this JVM on a loopback
 * ephemeral port, and against pyftpdlib and vsftpd started through ftp-testkit.
 */
@Timeout(90)
class ProbeCommandTest {

    private static final String PASSWORD = "Tr0ub4dor-probe";

    @TempDir
    Path root;

    private FtpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        Files.writeString(root.resolve("report.csv"), "a,b\n1,2\n");
        String hash = PasswordHash.hash(PASSWORD.toCharArray(), 1_000);
        server = FtpServer.start(FtpServerConfig.builder()
                .bindAddress(InetAddress.getByName("127.0.0.1"))
                .port(0)
                .root(root)
                .users(InMemoryUserStore.builder().add("alice", hash, "", true).build())
                .build());
        url = "ftp://alice@127.0.0.1:" + server.localAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Runs {@code ftpkit probe} with {@code environment} as the process's environment. */
    private static CommandRun probe(Map<String, String> environment, String... args) {
        CommandLine commandLine = new CommandLine(new Ftpkit(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ProbeCommand.class ? type.cast(new ProbeCommand(environment))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        List<String> all = new ArrayList<>(List.of("probe", "--timeout", "5",
                "--data-wait", "1"));
        all.addAll(List.of(args));
        return CommandRun.run(commandLine, all.toArray(String[]::new));
    }

    private static Map<String, String> password(String value) {
        return Map.of(ProbeCommand.PASSWORD_VARIABLE, value);
    }

    @Test
    void printsAScorecardOfOurServerAndExitsZero() {
        CommandRun run = probe(password(PASSWORD), url);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("ftpkit probe of " + url + " (read-only)\n")
                .contains("PASS  pass-before-user", "PASS  transfer-without-data-connection",
                        "SKIP  tls-offered", "SKIP  scratch-folder")
                .contains("checks: ", " 0 fail");
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    }

    @Test
    void takesThePasswordFromTheUrlToo() {
        String withPassword = url.replace("alice@", "alice:" + PASSWORD + "@");

        CommandRun run = probe(Map.of(), withPassword);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    }

    @Test
    void printsJsonThatJacksonReadsBack() throws Exception {
        CommandRun run = probe(password(PASSWORD), "--json", url);

        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("target").asText()).isEqualTo(url);
        assertThat(json.get("write").asBoolean()).isFalse();
        JsonNode checks = json.get("checks");
        assertThat(checks).hasSize(26);
        JsonNode rnto = find(checks, "rnto-without-rnfr");
        assertThat(rnto.get("verdict").asText()).isEqualTo("PASS");
        assertThat(rnto.get("sent").get(0).asText()).isEqualTo("RNTO ftpkit-probe-absent");
        assertThat(rnto.get("received").get(0).asText()).startsWith("503 ");
        assertThat(rnto.get("expected").asText()).startsWith("503 (");
        assertThat(json.get("summary").get("fail").asInt()).isZero();
        assertThat(json.get("summary").get("skip").asInt()).isEqualTo(5);
        assertThat(run.out()).doesNotContain(PASSWORD);
    }

    @Test
    void writesOnlyInAScratchFolderItRemovesAgain() throws Exception {
        CommandRun run = probe(password(PASSWORD), "--write", "--details", url);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("(with --write)", "PASS  scratch-folder",
                "PASS  rename-interrupted", "PASS  scratch-cleanup", "  sent: MDTM ftpkit-probe-");
        assertThat(names(root)).containsExactly("report.csv");
    }

    @Test
    void exitsOneWhenACheckFailsAndDetailsIt() throws Exception {
        Path scratch = Files.createDirectories(root.resolveSibling(root.getFileName() + "-py"));
        try (PyftpdlibServer python = PyftpdlibServer.start(scratch)) {
            String pyUrl = "ftp://" + python.user() + "@127.0.0.1:" + python.port() + "/";

            CommandRun run = probe(password(python.password()), pyUrl);

            assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
            assertThat(run.out()).contains("FAIL  transfer-without-data-connection",
                    "Details of the checks that did not pass:",
                    "  why: server waited for a data connection: no reply within 1 s",
                    "pyftpdlib 1.5: 150");
            assertThat(run.out() + run.err()).doesNotContain(python.password());
        }
    }

    @Test
    void probesVsftpdAnonymouslyInTheDirectoryOfTheUrl() throws Exception {
        Path scratch = Files.createDirectories(root.resolveSibling(root.getFileName() + "-vs"));
        try (VsftpdServer vsftpd = VsftpdServer.start(scratch)) {
            String pubUrl = "ftp://127.0.0.1:" + vsftpd.port() + "/pub";

            CommandRun run = probe(Map.of(), "--write", pubUrl);

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).startsWith("ftpkit probe of ftp://anonymous@127.0.0.1:"
                    + vsftpd.port() + "/pub (with --write)")
                    .contains("PASS  transfer-without-data-connection",
                            "WARN  rest-then-other", "SKIP  mlst-facts",
                            "PASS  scratch-cleanup");
            assertThat(names(vsftpd.localHome())).isEmpty();
        }
    }

    @Test
    void exitsTwoWhenTheLoginIsRefused() {
        CommandRun run = probe(password("wrong-" + PASSWORD), url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ftpkit probe: " + url + ": login refused at PASS ****");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsTwoWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CommandRun run = probe(password(PASSWORD), "ftp://alice@127.0.0.1:" + closedPort + "/");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void exitsTwoWithoutAPasswordForANamedUser() {
        CommandRun run = probe(Map.of(), url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no password for alice", "FTP_PASSWORD");
    }

    @Test
    void exitsTwoForAUrlThatIsNotFtp() {
        CommandRun run = probe(Map.of(), "https://alice:" + PASSWORD + "@example.org/");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("only ftp:// URLs").doesNotContain(PASSWORD);
    }

    @Test
    void isListedInTheHelpOfFtpkit() {
        CommandRun run = CommandRun.ftpkit("--help");

        assertThat(run.out()).contains("probe");
    }

    private static JsonNode find(JsonNode checks, String id) {
        for (JsonNode check : checks) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + checks);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
