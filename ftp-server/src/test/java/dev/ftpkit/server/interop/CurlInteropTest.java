package dev.ftpkit.server.interop;

import static dev.ftpkit.server.interop.FileTrees.assertSameContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** curl, run as a child process, against a real server on a loopback ephemeral port. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CurlInteropTest {

    private static final long BIG_FILE_SIZE = 50 * RandomFiles.MEBIBYTE;
    private static final long RESUME_OFFSET = 20 * RandomFiles.MEBIBYTE;
    private static final Duration CURL_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path shared;
    private static Path bigFile;

    @TempDir
    Path work;
    private Path curl;
    private Path home;
    private Path local;
    private InteropServer server;
    private ProcessRunner runner;

    @BeforeAll
    static void writeBigFile() throws IOException {
        bigFile = RandomFiles.write(shared.resolve("big.bin"), BIG_FILE_SIZE, 0xC0FFEEL);
    }

    @BeforeEach
    void startServer() throws Exception {
        curl = ExternalPeer.CURL.require();
        local = Files.createDirectories(work.resolve("local"));
        server = InteropServer.start(Files.createDirectories(work.resolve("server")));
        home = server.home();
        runner = new ProcessRunner(Files.createDirectories(work.resolve("client")), CURL_TIMEOUT)
                .secret(server.password());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsHomeDirectory() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        ProcessResult result = curl(server.url(""));

        result.assertSucceeded();
        assertThat(result.stdout()).as(result.describe())
                .contains("notes.txt").contains("reports");
    }

    @Test
    void listsNamesOnlyWithNlst() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        ProcessResult result = curl("--list-only", server.url(""));

        result.assertSucceeded();
        assertThat(result.stdout().lines().toList()).as(result.describe())
                .containsExactlyInAnyOrder("notes.txt", "reports");
    }

    @Test
    void downloadsLargeFileOverEpsv() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        ProcessResult result = curl("-o", target.toString(), server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> EPSV");
        assertSameContent(bigFile, target);
    }

    @Test
    void downloadsLargeFileOverPasvWhenEpsvIsDisabled() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        ProcessResult result = curl("--disable-epsv", "-o", target.toString(),
                server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe())
                .contains("> PASV").doesNotContain("> EPSV");
        assertSameContent(bigFile, target);
    }

    @Test
    void uploadsLargeFile() throws IOException {
        ProcessResult result = curl("-T", bigFile.toString(), server.url("uploaded.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> STOR uploaded.bin");
        assertSameContent(bigFile, home.resolve("uploaded.bin"));
    }

    @Test
    void downloadsLargeFileInActiveModeWithEprt() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        ProcessResult result = curl("--ftp-port", "127.0.0.1", "-o", target.toString(),
                server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> EPRT |1|127.0.0.1|");
        assertSameContent(bigFile, target);
    }

    @Test
    void downloadsLargeFileInActiveModeWithPort() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        ProcessResult result = curl("--ftp-port", "127.0.0.1", "--disable-eprt",
                "-o", target.toString(), server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe())
                .contains("> PORT 127,0,0,1,").doesNotContain("> EPRT");
        assertSameContent(bigFile, target);
    }

    @Test
    void uploadsLargeFileInActiveModeWithEprt() throws IOException {
        ProcessResult result = curl("--ftp-port", "127.0.0.1", "-T", bigFile.toString(),
                server.url("uploaded.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> EPRT |1|127.0.0.1|");
        assertSameContent(bigFile, home.resolve("uploaded.bin"));
    }

    @Test
    void resumesPartialDownloadFromItsEnd() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");
        writePrefix(bigFile, target, RESUME_OFFSET);

        ProcessResult result = curl("-C", "-", "-o", target.toString(), server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> REST " + RESUME_OFFSET);
        assertSameContent(bigFile, target);
    }

    @Test
    void resumesPartialUploadByAppending() throws IOException {
        writePrefix(bigFile, home.resolve("big.bin"), RESUME_OFFSET);

        ProcessResult result = curl("-C", "-", "-T", bigFile.toString(), server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe())
                .contains("> SIZE big.bin").contains("> APPE big.bin");
        assertSameContent(bigFile, home.resolve("big.bin"));
    }

    @Test
    void downloadsFileWhoseNameHasSpacesAndUtf8() throws IOException {
        Path source = RandomFiles.write(home.resolve("caf\u00e9 menu 2024.txt"), 10_000, 5L);
        Path target = local.resolve("menu.txt");

        ProcessResult result = curl("-o", target.toString(),
                server.url("caf%C3%A9%20menu%202024.txt"));

        result.assertSucceeded();
        assertSameContent(source, target);
    }

    /** curl stops reading after the range and aborts the rest of the transfer. */
    @Test
    void downloadsByteRangeFromMiddleOfFile() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("slice.bin");

        ProcessResult result = curl("-r", "1000000-1999999", "-o", target.toString(),
                server.url("big.bin"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> REST 1000000");
        assertThat(Files.readAllBytes(target)).as(result.describe())
                .isEqualTo(slice(bigFile, 1_000_000, 1_000_000));
    }

    /** In ASCII mode the server sends CRLF line ends, and curl turns them back into LF. */
    @Test
    void asciiDownloadKeepsTextIntact() throws IOException {
        String text = "first line\nsecond line\n\nlast line\n";
        Files.writeString(home.resolve("notes.txt"), text);
        Path target = local.resolve("notes.txt");

        ProcessResult result = curl("--use-ascii", "-o", target.toString(),
                server.url("notes.txt"));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("> TYPE A");
        assertThat(target).hasContent(text);
    }

    @Test
    void uploadCreatesMissingDirectories() throws IOException {
        Path small = RandomFiles.write(local.resolve("small.bin"), 100_000, 7L);

        ProcessResult result = curl("--ftp-create-dirs", "-T", small.toString(),
                server.url("fresh/deeper/small.bin"));

        result.assertSucceeded();
        assertSameContent(small, home.resolve("fresh/deeper/small.bin"));
    }

    @Test
    void deletesFileWithQuoteAfterTransfer() throws IOException {
        Files.writeString(home.resolve("victim.txt"), "delete me");
        Files.writeString(home.resolve("bystander.txt"), "keep me");

        ProcessResult result = curl("-Q", "-DELE victim.txt", server.url(""));

        result.assertSucceeded();
        assertThat(home.resolve("victim.txt")).as(result.describe()).doesNotExist();
        assertThat(home.resolve("bystander.txt")).hasContent("keep me");
    }

    static Stream<Arguments> escapes() {
        List<Arguments> rows = new ArrayList<>();
        for (String method : List.of("multicwd", "singlecwd", "nocwd")) {
            rows.add(Arguments.of(method, "../../../etc/passwd", Path.of("/etc/passwd")));
            rows.add(Arguments.of(method, "../secret.txt", null));
            rows.add(Arguments.of(method, "%2F..%2F..%2F..%2Fetc%2Fpasswd",
                    Path.of("/etc/passwd")));
        }
        return rows.stream();
    }

    /**
     * A path that climbs above the home must not reach a file outside it. A {@code null}
     * outside file stands for {@code secret.txt}, planted next to the home directory.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("escapes")
    void pathAboveHomeReadsNothingOutsideIt(String method, String path, Path outside)
            throws IOException {
        Path secret = outside != null ? outside
                : Files.writeString(work.resolve("secret.txt"), "outside the home");
        Path target = local.resolve("escaped");

        ProcessResult result = curl("--path-as-is", "--ftp-method", method,
                "-o", target.toString(), server.url(path));

        assertThat(result.succeeded()).as(result.describe()).isFalse();
        if (Files.exists(target)) {
            assertThat(Files.mismatch(secret, target)).as(result.describe()).isNotEqualTo(-1L);
        }
    }

    private ProcessResult curl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(curl.toString(),
                "--silent", "--show-error", "--verbose",
                "--connect-timeout", "10", "--max-time", "80"));
        command.addAll(List.of(arguments));
        return runner.run(command);
    }

    private static byte[] slice(Path source, long offset, int length) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            in.skipNBytes(offset);
            return in.readNBytes(length);
        }
    }

    private static void writePrefix(Path source, Path target, long length) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            Files.write(target, in.readNBytes((int) length));
        }
    }
}
