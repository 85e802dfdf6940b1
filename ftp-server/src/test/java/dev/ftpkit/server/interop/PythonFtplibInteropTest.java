package dev.ftpkit.server.interop;

import static dev.ftpkit.server.interop.FileTrees.assertSameContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Python's ftplib, run by Debian's /usr/bin/python3 as a child process, against a real
 * server. The script (test resource interop/ftplib_client.py) prints its results as JSON.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PythonFtplibInteropTest {

    private static final long BIG_FILE_SIZE = 50 * RandomFiles.MEBIBYTE;
    private static final Duration PYTHON_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Path bigFile;

    @TempDir
    Path work;
    private Path python;
    private Path script;
    private Path home;
    private Path local;
    private Path clientScratch;
    private InteropServer server;

    /** One run of the script: what the process did and the JSON it printed. */
    record Outcome(ProcessResult process, JsonNode json) {

        String text(String field) {
            return json.path(field).asText();
        }

        String describe() {
            return process.describe();
        }
    }

    @BeforeAll
    static void writeBigFile() throws IOException {
        bigFile = RandomFiles.write(shared.resolve("big.bin"), BIG_FILE_SIZE, 0xF7B11BL);
    }

    @BeforeEach
    void startServer() throws Exception {
        python = ExternalPeer.PYTHON_FTPLIB.require();
        local = Files.createDirectories(work.resolve("local"));
        clientScratch = Files.createDirectories(work.resolve("client"));
        script = copyScript(clientScratch);
        server = InteropServer.start(Files.createDirectories(work.resolve("server")));
        home = server.home();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void logsInAndStartsAtRoot() {
        Outcome outcome = ftplib("login");

        assertThat(outcome.process().succeeded()).as(outcome.describe()).isTrue();
        assertThat(outcome.text("welcome")).as(outcome.describe()).startsWith("220");
        assertThat(outcome.text("login")).as(outcome.describe()).startsWith("230");
        assertThat(outcome.text("pwd")).as(outcome.describe()).isEqualTo("/");
    }

    @Test
    void wrongPasswordIsRefusedWith530() {
        Outcome outcome = ftplib(server.password() + "-wrong", List.of("login"));

        assertThat(outcome.text("error")).as(outcome.describe()).isEqualTo("error_perm");
        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("530");
    }

    @Test
    void nlstListsNames() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        Outcome outcome = ftplib("list");

        assertThat(strings(outcome.json().path("nlst"))).as(outcome.describe())
                .containsExactlyInAnyOrder("notes.txt", "reports");
    }

    @Test
    void nlstExpandsAWildcardInTheLastName() throws IOException {
        assumeTrue(server.name().equals("ftpkit"),
                "pyftpdlib does not expand wildcards; it answers NLST *.txt with 550");
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.writeString(home.resolve("todo.txt"), "later");
        Files.writeString(home.resolve("data.csv"), "1,2");
        Files.createDirectories(home.resolve("reports"));
        Files.writeString(home.resolve("reports/q1.txt"), "q1");

        Outcome here = ftplib("nlst", "*.txt");
        Outcome below = ftplib("nlst", "reports/*.txt");

        assertThat(strings(here.json().path("nlst"))).as(here.describe())
                .containsExactly("notes.txt", "todo.txt");
        assertThat(strings(below.json().path("nlst"))).as(below.describe())
                .containsExactly("reports/q1.txt");
    }

    @Test
    void nlstOfAPatternMatchingNothingIsAnError() {
        assumeTrue(server.name().equals("ftpkit"),
                "pyftpdlib does not expand wildcards; its 550 here would prove nothing");

        Outcome outcome = ftplib("nlst", "*.nomatch");

        assertThat(outcome.text("error")).as(outcome.describe()).isEqualTo("error_perm");
        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("550");
    }

    @Test
    void nlstOfAPatternThroughDotDotStaysInsideTheHome() throws IOException {
        assumeTrue(server.name().equals("ftpkit"),
                "pyftpdlib does not expand wildcards; it answers NLST ../* with 550");
        Files.writeString(home.resolve("inside.txt"), "inside");
        Files.writeString(work.resolve("outside.txt"), "beside the home");

        Outcome relative = ftplib("nlst", "../*");
        Outcome absolute = ftplib("nlst", "/../*");

        assertThat(strings(relative.json().path("nlst"))).as(relative.describe())
                .containsExactly("../inside.txt");
        assertThat(strings(absolute.json().path("nlst"))).as(absolute.describe())
                .containsExactly("/../inside.txt");
    }

    @Test
    void mlsdReportsTypeAndSize() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        Outcome outcome = ftplib("list");

        Map<String, JsonNode> entries = new TreeMap<>();
        outcome.json().path("mlsd").forEach(entry ->
                entries.put(entry.path("name").asText(), entry.path("facts")));
        assertThat(entries).as(outcome.describe()).containsKeys("notes.txt", "reports");
        assertThat(entries.get("notes.txt").path("type").asText()).isEqualToIgnoringCase("file");
        assertThat(entries.get("notes.txt").path("size").asText()).isEqualTo("5");
        assertThat(entries.get("reports").path("type").asText()).isEqualToIgnoringCase("dir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passive", "active"})
    void retrbinaryDownloadsLargeFile(String mode) throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        Outcome outcome = ftplib("retrieve", "big.bin", target.toString(), mode);

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("226");
        assertSameContent(bigFile, target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passive", "active"})
    void storbinaryUploadsLargeFile(String mode) throws IOException {
        Outcome outcome = ftplib("store", bigFile.toString(), "uploaded.bin", mode);

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("226");
        assertSameContent(bigFile, home.resolve("uploaded.bin"));
    }

    @Test
    void storbinaryKeepsUtf8NameWithSpaces() throws IOException {
        Path source = RandomFiles.write(local.resolve("source.bin"), 10_000, 8L);
        String name = "r\u00e9sum\u00e9 \u65e5\u672c.bin";

        Outcome outcome = ftplib("store", source.toString(), name, "passive");

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("226");
        assertSameContent(source, home.resolve(name));
        assertThat(strings(ftplib("list").json().path("nlst"))).containsExactly(name);
    }

    /** storlines sends CRLF line ends in ASCII mode; a Unix server stores plain LF. */
    @Test
    void storlinesStoresUnixLineEnds() throws IOException {
        Path source = Files.writeString(local.resolve("notes.txt"), "alpha\nbeta\n\ngamma\n");

        Outcome outcome = ftplib("storelines", source.toString(), "notes.txt");

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("226");
        assertThat(home.resolve("notes.txt")).hasContent("alpha\nbeta\n\ngamma\n");
    }

    @Test
    void retrlinesReadsTextLines() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "alpha\nbeta\n\ngamma\n");

        Outcome outcome = ftplib("retrievelines", "notes.txt");

        assertThat(strings(outcome.json().path("lines"))).as(outcome.describe())
                .containsExactly("alpha", "beta", "", "gamma");
    }

    @Test
    void sizeReportsFileLengthInBytes() throws IOException {
        RandomFiles.write(home.resolve("sized.bin"), 123_457, 9L);

        Outcome outcome = ftplib("raw", "TYPE I", "SIZE sized.bin");

        JsonNode reply = outcome.json().path("results").path(1);
        assertThat(reply.path("reply").asText()).as(outcome.describe()).isEqualTo("213 123457");
    }

    @Test
    void cwdAboveRootStaysAtRoot() {
        Outcome outcome = ftplib("raw", "CWD ..", "CWD ../..", "PWD");

        JsonNode pwd = outcome.json().path("results").path(2);
        assertThat(pwd.path("reply").asText()).as(outcome.describe()).startsWith("257 \"/\"");
    }

    @Test
    void renameMovesFile() throws IOException {
        Files.writeString(home.resolve("before.txt"), "content");

        Outcome outcome = ftplib("rename", "before.txt", "after.txt");

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("250");
        assertThat(home.resolve("before.txt")).doesNotExist();
        assertThat(home.resolve("after.txt")).hasContent("content");
    }

    @Test
    void deleteRemovesFile() throws IOException {
        Files.writeString(home.resolve("victim.txt"), "delete me");

        Outcome outcome = ftplib("delete", "victim.txt");

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("250");
        assertThat(home.resolve("victim.txt")).doesNotExist();
    }

    @Test
    void mkdCreatesDirectoryAndReportsItsPath() {
        Outcome outcome = ftplib("mkd", "fresh");

        assertThat(outcome.text("path")).as(outcome.describe()).isEqualTo("/fresh");
        assertThat(home.resolve("fresh")).isDirectory();
    }

    @Test
    void rmdRemovesEmptyDirectory() throws IOException {
        Files.createDirectories(home.resolve("empty"));

        Outcome outcome = ftplib("rmd", "empty");

        assertThat(outcome.text("reply")).as(outcome.describe()).startsWith("250");
        assertThat(home.resolve("empty")).doesNotExist();
    }

    @Test
    void passBeforeUserIsRefusedWith503() {
        Outcome outcome = ftplib("raw", "--no-login", "PASS not-a-password");

        JsonNode reply = outcome.json().path("results").path(0);
        assertThat(reply.path("error").asText()).as(outcome.describe()).isEqualTo("error_perm");
        assertThat(reply.path("reply").asText()).as(outcome.describe()).startsWith("503");
    }

    @Test
    void rntoWithoutRnfrIsRefusedWith503() throws IOException {
        Files.writeString(home.resolve("untouched.txt"), "content");

        Outcome outcome = ftplib("raw", "RNTO renamed.txt");

        JsonNode reply = outcome.json().path("results").path(0);
        assertThat(reply.path("error").asText()).as(outcome.describe()).isEqualTo("error_perm");
        assertThat(reply.path("reply").asText()).as(outcome.describe()).startsWith("503");
        assertThat(home.resolve("untouched.txt")).hasContent("content");
        assertThat(home.resolve("renamed.txt")).doesNotExist();
    }

    private Outcome ftplib(String... arguments) {
        return ftplib(server.password(), List.of(arguments));
    }

    /** Runs the script logged in with {@code password}, and parses what it printed. */
    private Outcome ftplib(String password, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(),
                server.host(), Integer.toString(server.port())));
        command.addAll(arguments);
        ProcessResult result = new ProcessRunner(clientScratch, PYTHON_TIMEOUT)
                .environment("FTPKIT_USER", server.user())
                .environment("FTPKIT_PASSWORD", password)
                .secret(server.password())
                .run(command);
        return new Outcome(result, parse(result));
    }

    private static JsonNode parse(ProcessResult result) {
        try {
            return JSON.readTree(result.stdout());
        } catch (JsonProcessingException e) {
            throw new AssertionError("ftplib script printed no JSON\n" + result.describe(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Path copyScript(Path scratch) throws IOException {
        Path target = scratch.resolve("ftplib_client.py");
        try (InputStream in = PythonFtplibInteropTest.class.getResourceAsStream(
                "/interop/ftplib_client.py")) {
            if (in == null) {
                throw new IOException("test resource /interop/ftplib_client.py is missing");
            }
            Files.copy(in, target);
        }
        return target;
    }
}
