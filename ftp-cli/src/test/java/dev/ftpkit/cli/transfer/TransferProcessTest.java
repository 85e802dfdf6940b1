package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ftpkit} in a child JVM against ftpkit's server in this one: the exit code of
 * each class of failure, JSON read back, and the password from ~/.netrc (HOME pointed at a
 * temp directory), FTP_PASSWORD and the URL, never printed.
 */
@Timeout(120)
class TransferProcessTest {

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private Path home;
    private CliProcess cli;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        home = server.localHome();
        cli = CliProcess.in(work, scratch.resolve("user-home"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void successExitsZeroAndJsonReportsTheTransfer() throws IOException {
        byte[] content = new byte[123_456];
        new Random(7).nextBytes(content);
        Files.write(home.resolve("data.bin"), content);

        CliResult run = cli.run("get", "--json", server.urlWithPassword("data.bin"), "copy.bin");

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(ExitCodes.OK);
        JsonNode json = run.json();
        assertThat(json.path("operation").asText()).isEqualTo("get");
        assertThat(json.path("bytes").asLong()).isEqualTo(content.length);
        assertThat(json.path("millis").isIntegralNumber()).isTrue();
        assertThat(json.path("source").asText()).isEqualTo(server.url("data.bin"));
        assertThat(json.path("destination").asText())
                .isEqualTo(work.resolve("copy.bin").toString());
        assertThat(work.resolve("copy.bin")).hasBinaryContent(content);
    }

    @Test
    void malformedUrlExitsWithUsage() {
        CliResult run = cli.run("ls", "ftp://alice:hunter2@127.0.0.1:99999/");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("port must be a number", "ftpkit ls --help")
                .doesNotContain("hunter2");
    }

    @Test
    void closedPortExitsWithConnection() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }

        CliResult run = cli.run("ls", "--timeout", "5", "ftp://127.0.0.1:" + closed + "/");

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(ExitCodes.CONNECTION);
        assertThat(run.err()).contains("cannot connect to 127.0.0.1:" + closed);
    }

    @Test
    void wrongPasswordExitsWithLogin() {
        CliResult run = cli.run("ls", "ftp://alice:wrong@127.0.0.1:" + server.port() + "/");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.LOGIN);
        assertThat(run.err()).contains("login refused at PASS ****: 530")
                .doesNotContain("wrong");
    }

    @Test
    void missingFileExitsWithNotFoundAndJsonExplainsTheReply() {
        CliResult run = cli.run("get", "--json", server.urlWithPassword("nope.txt"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        JsonNode error = run.json().path("error");
        assertThat(error.path("code").asInt()).isEqualTo(550);
        assertThat(error.path("command").asText()).isEqualTo("RETR nope.txt");
        assertThat(error.path("text").asText()).contains("nope.txt");
        assertThat(error.path("explanation").asText()).startsWith("Requested action not taken");
        assertThat(run.json().path("exitCode").asInt()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(work.resolve("nope.txt")).doesNotExist();
    }

    @Test
    void every550ExitsWithUnavailableWhateverTheVerb() throws IOException {
        Files.createDirectory(home.resolve("exists"));

        CliResult mkdir = cli.run("mkdir", server.urlWithPassword("exists"));
        CliResult deep = cli.run("mkdir", server.urlWithPassword("no/such/parent"));
        CliResult put = cli.run("put", "--json", Files.writeString(work.resolve("x"), "x")
                .toString(), server.urlWithPassword("nodir/x"));

        assertThat(mkdir.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(mkdir.err()).startsWith("ftpkit mkdir: MKD exists refused: 550");
        assertThat(deep.exitCode()).as(deep.err()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(put.exitCode()).as(put.out()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(put.json().path("error").path("code").asInt()).isEqualTo(550);
    }

    @Test
    void netrcInHomeGivesUserAndPassword() throws IOException {
        Files.writeString(home.resolve("secret.txt"), "from netrc");
        writeNetrc(scratch.resolve("user-home/.netrc"), "machine 127.0.0.1 login alice"
                + " password \"" + TestServer.PASSWORD + "\"\n");

        CliResult run = cli.run("get", "ftp://127.0.0.1:" + server.port() + "/secret.txt");

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(work.resolve("secret.txt")).hasContent("from netrc");
    }

    @Test
    void netrcFileOptionReplacesTheOneInHome() throws IOException {
        writeNetrc(scratch.resolve("user-home/.netrc"), "default login alice password wrong\n");
        Path other = writeNetrc(work.resolve("team.netrc"), "machine 127.0.0.1 login alice"
                + " password \"" + TestServer.PASSWORD + "\"\n");

        CliResult run = cli.run("ls", "--netrc-file", other.toString(), server.url(""));

        assertThat(run.exitCode()).as(run.printed()).isZero();
    }

    @Test
    void passwordFromTheEnvironmentVariable() throws IOException {
        Files.writeString(home.resolve("env.txt"), "from env");

        CliResult run = cli.env("FTP_PASSWORD", TestServer.PASSWORD)
                .run("get", server.url("env.txt"), "-");

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.out()).isEqualTo("from env");
        assertThat(run.err()).startsWith("Downloaded env.txt: 8 B in ");
    }

    @Test
    void noPasswordAnywhereWithoutATerminalExitsWithLogin() {
        CliResult run = cli.run("ls", server.url(""));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.LOGIN);
        assertThat(run.err()).contains("no password for alice at 127.0.0.1", "FTP_PASSWORD");
    }

    @Test
    void verboseTranscriptMasksThePasswordAndExplainsErrors() {
        CliResult run = cli.env("FTP_PASSWORD", TestServer.PASSWORD)
                .run("get", "-v", server.url("missing.bin"));

        assertThat(run.err()).contains("> USER alice\n", "> PASS ****\n", "< 230 ",
                        "> RETR missing.bin\n")
                .containsPattern("< 550 .*missing.bin.*   \\[550: Requested action not taken")
                .doesNotContain(TestServer.PASSWORD, "correct horse");
        assertThat(run.out()).doesNotContain("correct horse");
    }

    @Test
    void uploadFromStandardInput() {
        byte[] input = "piped\nbytes\n".getBytes(StandardCharsets.UTF_8);

        CliResult run = cli.runWithInput(input, "put", "-", server.urlWithPassword("piped.txt"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(home.resolve("piped.txt")).hasBinaryContent(input);
    }

    private static Path writeNetrc(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
