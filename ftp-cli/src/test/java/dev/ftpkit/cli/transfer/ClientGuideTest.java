package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.FtpTreeTransfer;
import dev.ftpkit.client.TranscriptListener;
import dev.ftpkit.client.TreeTransferResult;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/client.md, run against ftpkit's server. Each example is the code
 * between "// begin: NAME" and "// end: NAME" below, and the guide shows it verbatim after
 * "&lt;!-- snippet: NAME --&gt;"; {@link #guideShowsEachExampleVerbatim} keeps the two equal.
 * The examples use {@code host}, {@code port} and {@code password} for the server's.
 */
@Timeout(60)
class ClientGuideTest {

    // Surefire runs in ftp-cli; the guide's path is relative to the repository root.
    private static final Path GUIDE = Path.of("../docs/client.md");
    private static final Path SOURCE = Path.of(
            "src/test/java/dev/ftpkit/cli/transfer/ClientGuideTest.java");
    private static final Pattern REGION = Pattern.compile(
            "(?m)^[ \\t]*// begin: ([a-z-]+)\\n(.*?)^[ \\t]*// end: \\1\\n", Pattern.DOTALL);
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([a-z-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private Path serverFiles;
    private String host;
    private int port;
    private String password;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        serverFiles = server.localHome();
        host = server.host();
        port = server.port();
        password = TestServer.PASSWORD;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void connectAndList() throws IOException {
        Files.createDirectories(serverFiles.resolve("inbox/old"));
        Files.writeString(serverFiles.resolve("inbox/orders.csv"), "id,total\n");

        // begin: connect-and-list
        List<String> files = new ArrayList<>();
        try (FtpClient client = FtpClient.builder()
                .host(host)
                .port(port)
                .credentials("alice", password)
                .connect()) {
            for (FtpEntry entry : client.list("inbox")) {
                if (entry.isFile()) {
                    files.add(entry.name() + " (" + entry.size() + " bytes)");
                }
            }
        }
        // end: connect-and-list

        assertThat(files).containsExactly("orders.csv (9 bytes)");
    }

    @Test
    void downloadAndUploadFiles() throws IOException {
        Files.createDirectories(serverFiles.resolve("inbox"));
        Files.createDirectories(serverFiles.resolve("outbox"));
        Files.writeString(serverFiles.resolve("inbox/orders.csv"), "id,total\n1,20\n");
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        Path report = Files.writeString(work.resolve("report.csv"), "total\n20\n");

        try (FtpClient client = connect()) {
            // begin: download-and-upload
            long received = client.download("inbox/orders.csv", downloads.resolve("orders.csv"));
            long sent = client.upload(report, "outbox/report.csv");
            // end: download-and-upload

            assertThat(received).isEqualTo(14);
            assertThat(sent).isEqualTo(9);
        }
        assertThat(downloads.resolve("orders.csv")).hasContent("id,total\n1,20\n");
        assertThat(serverFiles.resolve("outbox/report.csv")).hasContent("total\n20\n");
    }

    @Test
    void resumeTransfersCutShort() throws IOException {
        Files.writeString(serverFiles.resolve("big.iso"), "0123456789");
        Path local = Files.writeString(work.resolve("big.iso"), "0123");
        Path backup = Files.writeString(work.resolve("backup.tar"), "abcdef");
        Files.writeString(serverFiles.resolve("backup.tar"), "abc");

        try (FtpClient client = connect()) {
            // begin: resume
            long missingBytes = client.resumeDownload("big.iso", local);
            long restOfUpload = client.resumeUpload(backup, "backup.tar");
            // end: resume

            assertThat(missingBytes).isEqualTo(6);
            assertThat(restOfUpload).isEqualTo(3);
        }
        assertThat(local).hasContent("0123456789");
        assertThat(serverFiles.resolve("backup.tar")).hasContent("abcdef");
    }

    @Test
    void streamsCompleteTheTransferWhenClosed() throws IOException {
        Files.writeString(serverFiles.resolve("log.txt"), "line one\nline two\n");

        try (FtpClient client = connect()) {
            // begin: streams
            String firstLine;
            try (InputStream in = client.openInputStream("log.txt")) {
                firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .findFirst().orElse("");
            }
            try (OutputStream out = client.openOutputStream("status.txt")) {
                out.write("ok\n".getBytes(StandardCharsets.UTF_8));
            }
            // end: streams

            assertThat(firstLine).isEqualTo("line one");
        }
        assertThat(serverFiles.resolve("status.txt")).hasContent("ok\n");
    }

    @Test
    void temporaryNamesHideHalfWrittenFiles() throws IOException {
        Files.createDirectories(serverFiles.resolve("outbox"));
        Path report = Files.writeString(work.resolve("report.csv"), "x\n");

        // begin: temporary-names
        try (FtpClient client = FtpClient.builder()
                .host(host)
                .port(port)
                .credentials("alice", password)
                .temporaryUploadNames(true)
                .connect()) {
            client.upload(report, "outbox/report.csv");
        }
        // end: temporary-names

        assertThat(serverFiles.resolve("outbox/report.csv")).hasContent("x\n");
        try (Stream<Path> outbox = Files.list(serverFiles.resolve("outbox"))) {
            assertThat(outbox).hasSize(1);
        }
    }

    @Test
    void directoriesAndRenames() throws IOException {
        Files.createDirectories(serverFiles.resolve("inbox"));
        Files.writeString(serverFiles.resolve("inbox/orders.csv"), "x");
        Files.createDirectories(serverFiles.resolve("tmp/cache"));

        try (FtpClient client = connect()) {
            // begin: directories
            client.makeDirectories("archive/2025/03");
            client.rename("inbox/orders.csv", "archive/2025/03/orders.csv");
            FtpEntry moved = client.stat("archive/2025/03/orders.csv");
            client.removeRecursively("tmp");
            // end: directories

            assertThat(moved.isFile()).isTrue();
            assertThat(moved.size()).isEqualTo(1);
        }
        assertThat(serverFiles.resolve("archive/2025/03/orders.csv")).hasContent("x");
        assertThat(serverFiles.resolve("tmp")).doesNotExist();
    }

    @Test
    void errorsCarryTheCommandTheReplyAndWhatItMeans() throws IOException {
        try (FtpClient client = connect()) {
            String problem = null;
            // begin: errors
            try {
                client.download("inbox/missing.csv", work.resolve("missing.csv"));
            } catch (FtpFileNotFoundException e) {
                problem = e.command() + " -> " + e.code() + ": " + e.explanation();
            }
            // end: errors

            assertThat(problem).startsWith("RETR inbox/missing.csv -> 550: Requested action");
        }
        assertThatThrownBy(() -> FtpClient.builder().host(host).port(port)
                .credentials("alice", "wrong").connect())
                .isInstanceOf(FtpLoginException.class)
                .isInstanceOf(FtpReplyException.class)
                .isInstanceOf(FtpException.class);
    }

    @Test
    void transcriptSeesEveryCommandAndReply() throws IOException {
        // begin: transcript
        List<String> transcript = new ArrayList<>();
        TranscriptListener recorder = new TranscriptListener() {
            @Override
            public void commandSent(String line) {
                transcript.add("> " + line);
            }

            @Override
            public void replyReceived(Reply reply) {
                transcript.add("< " + reply.code() + " " + reply.lines().get(0));
            }
        };
        try (FtpClient client = FtpClient.builder()
                .host(host)
                .port(port)
                .credentials("alice", password)
                .transcript(recorder)
                .connect()) {
            client.noop();
        }
        // end: transcript

        assertThat(transcript).contains("> USER alice", "> PASS ****", "> NOOP", "> QUIT")
                .noneMatch(line -> line.contains(password));
    }

    @Test
    void treeTransferOverSeveralConnections() throws IOException {
        Path site = work.resolve("site");
        FileTrees.write(site, 30, 5);

        // begin: tree-transfer
        FtpClientBuilder clients = FtpClient.builder()
                .host(host)
                .port(port)
                .credentials("alice", password);
        TreeTransferResult result = FtpTreeTransfer.using(clients, 4).upload(site, "www");
        // end: tree-transfer

        assertThat(result.files()).isEqualTo(30);
        FileTrees.assertSame(site, serverFiles.resolve("www"));
    }

    @Test
    void activeModeAndTimeouts() throws IOException {
        Files.writeString(serverFiles.resolve("a.txt"), "active");

        // begin: active-and-timeouts
        FtpClientBuilder builder = FtpClient.builder()
                .host(host)
                .port(port)
                .credentials("alice", password)
                .active()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(60))
                .keepaliveInterval(Duration.ofSeconds(30));
        // end: active-and-timeouts

        try (FtpClient client = builder.connect()) {
            assertThat(client.size("a.txt")).isEqualTo(6);
        }
    }

    @Test
    void guideShowsEachExampleVerbatim() throws IOException {
        Map<String, String> tested = regions(Files.readString(SOURCE));
        Map<String, String> shown = snippets(Files.readString(GUIDE));

        assertThat(shown.keySet()).containsExactlyElementsOf(tested.keySet());
        tested.forEach((name, code) -> assertThat(shown.get(name)).as(name).isEqualTo(code));
    }

    private FtpClient connect() throws FtpException {
        return FtpClient.builder().host(host).port(port).credentials("alice", password)
                .connect();
    }

    private static Map<String, String> regions(String source) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher matcher = REGION.matcher(source);
        while (matcher.find()) {
            regions.put(matcher.group(1), dedented(matcher.group(2)));
        }
        return regions;
    }

    /** Returns {@code code} with the indentation its lines share removed. */
    private static String dedented(String code) {
        List<String> lines = code.lines().toList();
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent))
                .append('\n'));
        return text.toString();
    }

    private static Map<String, String> snippets(String guide) {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher matcher = SNIPPET.matcher(guide);
        while (matcher.find()) {
            snippets.put(matcher.group(1), matcher.group(2));
        }
        return snippets;
    }
}
