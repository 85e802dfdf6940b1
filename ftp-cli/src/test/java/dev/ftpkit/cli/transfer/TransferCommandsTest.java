package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each transfer command in this JVM against ftpkit's server, with the password in the
 * URL, and checks what it did to the files on both sides. The environment, the terminal and
 * the process's exit are covered by {@link TransferProcessTest}.
 */
@Timeout(60)
class TransferCommandsTest {

    @TempDir
    Path scratch;

    @TempDir
    Path local;

    private TestServer server;
    private Path home;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        home = server.localHome();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void lsPrintsTheNamesSortedAndLongFormatAddsTheFacts() throws IOException {
        Files.writeString(home.resolve("b.txt"), "bee");
        Files.createDirectory(home.resolve("A-dir"));
        Files.setLastModifiedTime(home.resolve("b.txt"),
                FileTime.from(Instant.parse("2024-02-03T04:05:06Z")));

        CliResult names = cli("ls", server.urlWithPassword(""));
        CliResult details = cli("ls", "-l", server.urlWithPassword(""));

        assertThat(names.out()).isEqualTo("A-dir\nb.txt\n");
        assertThat(details.out().lines()).satisfiesExactly(
                line -> assertThat(line).startsWith("d ").endsWith(" A-dir"),
                line -> assertThat(line).startsWith("- ")
                        .contains(" 3  2024-02-03 04:05  b.txt"));
    }

    @Test
    void lsOfAFileShowsThatFile() throws IOException {
        Files.createDirectory(home.resolve("docs"));
        Files.writeString(home.resolve("docs/readme.md"), "# hi");

        CliResult run = cli("ls", "--json", server.urlWithPassword("docs/readme.md"));

        assertThat(run.json().path("entries")).singleElement().satisfies(entry -> {
            assertThat(entry.path("name").asText()).isEqualTo("readme.md");
            assertThat(entry.path("type").asText()).isEqualTo("file");
            assertThat(entry.path("size").asLong()).isEqualTo(4);
        });
    }

    @Test
    void getSavesUnderTheRemoteNameInsideALocalDirectory() throws IOException {
        byte[] content = random(70_000);
        Files.write(home.resolve("data.bin"), content);

        CliResult run = cli("get", server.urlWithPassword("data.bin"), local.toString());

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(local.resolve("data.bin")).hasBinaryContent(content);
        assertThat(run.out()).startsWith("Downloaded data.bin to ").contains("68.4 KiB in ");
    }

    @Test
    void activeModeHasTheServerConnectBack() throws IOException {
        Files.writeString(home.resolve("a.txt"), "over an active data connection");

        CliResult run = cli("get", "--active", "-v", server.urlWithPassword("a.txt"),
                local.toString());

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.err()).contains("> EPRT |1|127.0.0.1|").doesNotContain("> EPSV");
        assertThat(local.resolve("a.txt")).hasContent("over an active data connection");
    }

    @Test
    void bracketedIpv6AddressReachesAServerOnIpv6Loopback(@TempDir Path other)
            throws IOException {
        try (TestServer ipv6 = TestServer.start(other, InetAddress.getByName("::1"))) {
            Files.writeString(ipv6.localHome().resolve("v6.txt"), "over IPv6");
            String url = "ftp://alice:" + TestServer.PASSWORD.replace(" ", "%20") + "@[::1]:"
                    + ipv6.port() + "/v6.txt";

            CliResult run = cli("get", "-v", url, local.toString());

            assertThat(run.exitCode()).as(run.printed()).isZero();
            assertThat(run.err()).contains("> EPSV");
        }
        assertThat(local.resolve("v6.txt")).hasContent("over IPv6");
    }

    @Test
    void getWithContinueFetchesOnlyTheMissingBytes() throws IOException {
        byte[] content = random(100_000);
        Files.write(home.resolve("big.bin"), content);
        Path partial = Files.write(local.resolve("big.bin"), Arrays.copyOf(content, 30_000));

        CliResult run = cli("get", "-c", "--json", server.urlWithPassword("big.bin"),
                partial.toString());

        assertThat(partial).hasBinaryContent(content);
        assertThat(run.json().path("bytes").asLong()).isEqualTo(70_000);
        assertThat(run.json().path("resumedFrom").asLong()).isEqualTo(30_000);
    }

    @Test
    void getWithContinueOfACompleteFileMovesNothing() throws IOException {
        Files.writeString(home.resolve("done.txt"), "complete");
        Path copy = Files.writeString(local.resolve("done.txt"), "complete");

        CliResult run = cli("get", "-c", server.urlWithPassword("done.txt"), copy.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Already complete");
    }

    @Test
    void getOfAMissingFileLeavesTheLocalFileAlone() throws IOException {
        Path existing = Files.writeString(local.resolve("keep.txt"), "precious");

        CliResult run = cli("get", server.urlWithPassword("keep.txt"), existing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(existing).hasContent("precious");
    }

    @Test
    void getOfADirectoryWithoutRecursiveSaysToAddIt() throws IOException {
        Files.createDirectory(home.resolve("site"));

        CliResult run = cli("get", server.urlWithPassword("site"), local.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("site is a directory; add -r to download it");
    }

    @Test
    void getRecursiveCopiesTheTreeIntoAnExistingDirectory() throws IOException {
        Path site = Files.createDirectories(home.resolve("site/css"));
        Files.writeString(site.resolve("main.css"), "body{}");
        Files.writeString(home.resolve("site/index.html"), "<html>");

        CliResult run = cli("get", "-r", "--parallel", "3", "--json",
                server.urlWithPassword("site"), local.toString());

        assertThat(local.resolve("site/css/main.css")).hasContent("body{}");
        assertThat(local.resolve("site/index.html")).hasContent("<html>");
        assertThat(run.json().path("files").asInt()).isEqualTo(2);
    }

    @Test
    void putIntoADirectoryUrlKeepsTheLocalName() throws IOException {
        Files.createDirectory(home.resolve("inbox"));
        Path report = Files.writeString(local.resolve("report.csv"), "a,b\n1,2\n");

        CliResult run = cli("put", report.toString(), server.urlWithPassword("inbox/"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(home.resolve("inbox/report.csv")).hasContent("a,b\n1,2\n");
    }

    @Test
    void putToAnExistingDirectoryNameAlsoKeepsTheLocalName() throws IOException {
        Files.createDirectory(home.resolve("inbox"));
        Path report = Files.writeString(local.resolve("report.csv"), "x");

        cli("put", report.toString(), server.urlWithPassword("inbox"));

        assertThat(home.resolve("inbox/report.csv")).hasContent("x");
    }

    @Test
    void putWithContinueSendsOnlyWhatTheServerLacks() throws IOException {
        byte[] content = random(50_000);
        Path file = Files.write(local.resolve("upload.bin"), content);
        Files.write(home.resolve("upload.bin"), Arrays.copyOf(content, 20_000));

        CliResult run = cli("put", "-c", "--json", file.toString(),
                server.urlWithPassword("upload.bin"));

        assertThat(home.resolve("upload.bin")).hasBinaryContent(content);
        assertThat(run.json().path("bytes").asLong()).isEqualTo(30_000);
        assertThat(run.json().path("resumedFrom").asLong()).isEqualTo(20_000);
    }

    @Test
    void putWithContinueSaysWhereItResumed() throws IOException {
        byte[] content = random(5_000);
        Path file = Files.write(local.resolve("part.bin"), content);
        Files.write(home.resolve("part.bin"), Arrays.copyOf(content, 1_200));

        CliResult run = cli("put", "-c", file.toString(), server.urlWithPassword("part.bin"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.out()).contains(", resumed at byte 1200");
    }

    @Test
    void putWithTempNameStoresUnderAHiddenNameThenRenames() throws IOException {
        Path file = Files.writeString(local.resolve("feed.xml"), "<feed/>");

        CliResult run = cli("put", "--temp-name", "-v", file.toString(),
                server.urlWithPassword("feed.xml"));

        assertThat(run.err()).containsPattern("> STOR \\.feed\\.xml\\.[0-9a-f]+\\.part")
                .contains("> RNTO feed.xml");
        assertThat(home.resolve("feed.xml")).hasContent("<feed/>");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).extracting(path -> path.getFileName().toString())
                    .containsExactly("feed.xml");
        }
    }

    @Test
    void putRecursiveCreatesTheDirectoryUnderItsOwnName() throws IOException {
        Path photos = Files.createDirectories(local.resolve("photos/2025"));
        Files.write(photos.resolve("a.jpg"), random(3000));
        Files.createDirectory(home.resolve("backup"));

        CliResult run = cli("put", "-r", "--parallel", "2", local.resolve("photos").toString(),
                server.urlWithPassword("backup/"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(home.resolve("backup/photos/2025/a.jpg"))
                .hasSameBinaryContentAs(photos.resolve("a.jpg"));
    }

    @Test
    void putOfADirectoryWithoutRecursiveSaysToAddIt() throws IOException {
        Files.createDirectory(local.resolve("photos"));

        CliResult run = cli("put", local.resolve("photos").toString(),
                server.urlWithPassword(""));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("is a directory; add -r to upload it");
    }

    @Test
    void rmDeletesAFileButADirectoryOnlyWithRecursive() throws IOException {
        Files.writeString(home.resolve("old.log"), "x");
        Files.createDirectories(home.resolve("tmp/deep"));
        Files.writeString(home.resolve("tmp/deep/f"), "x");

        CliResult file = cli("rm", server.urlWithPassword("old.log"));
        CliResult directory = cli("rm", server.urlWithPassword("tmp"));
        CliResult recursive = cli("rm", "-r", server.urlWithPassword("tmp"));

        assertThat(file.exitCode()).isZero();
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(directory.err()).contains("is a directory; add -r to delete it");
        assertThat(recursive.exitCode()).isZero();
        assertThat(home).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2F", "%2F/", "%2F%2F", ".", "./", "..", "a/..", "%2F.", "tmp/."})
    void rmRecursiveRefusesTheRootTheLoginDirectoryAndDotNames(String path)
            throws IOException {
        Files.createDirectories(home.resolve("tmp/a"));
        Files.writeString(home.resolve("tmp/keep.txt"), "x");

        CliResult run = cli("rm", "-r", server.urlWithPassword(path));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("refusing to remove");
        assertThat(home.resolve("tmp/keep.txt")).exists();
        assertThat(home.resolve("tmp/a")).isDirectory();
    }

    @Test
    void mkdirWithParentsCreatesTheChainAndAcceptsAnExistingOne() throws IOException {
        CliResult first = cli("mkdir", "-p", server.urlWithPassword("a/b/c"));
        CliResult again = cli("mkdir", "-p", server.urlWithPassword("a/b/c"));
        CliResult plain = cli("mkdir", server.urlWithPassword("a/b/c"));

        assertThat(home.resolve("a/b/c")).isDirectory();
        assertThat(first.exitCode()).isZero();
        assertThat(again.exitCode()).isZero();
        // "550 a/b/c: File exists": every 550 is exit 5, whatever the verb.
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(plain.err()).contains("MKD a/b/c refused: 550", "ftpkit explain 550");
    }

    @Test
    void mvRenamesRelativeToTheLoginDirectory() throws IOException {
        Files.createDirectories(home.resolve("inbox"));
        Files.createDirectories(home.resolve("done"));
        Files.writeString(home.resolve("inbox/a.csv"), "data");

        CliResult run = cli("mv", server.urlWithPassword("inbox/a.csv"), "done/a.csv");

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(home.resolve("done/a.csv")).hasContent("data");
        assertThat(home.resolve("inbox/a.csv")).doesNotExist();
    }

    @Test
    void mvToAnotherServerIsAUsageError() {
        CliResult run = cli("mv", server.urlWithPassword("a"), "ftp://elsewhere.example/b");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("FTP renames within one server");
    }

    @Test
    void mirrorRefusesToReplaceADirectoryWithAFileUnlessDeleting() throws IOException {
        Files.createDirectories(local.resolve("src"));
        Files.writeString(local.resolve("src/x"), "file now");
        Files.createDirectories(home.resolve("dst/x"));
        String destination = server.urlWithPassword("dst");

        CliResult refused = cli("mirror", "--only-newer", local.resolve("src").toString(),
                destination);
        CliResult deleting = cli("mirror", "--delete", local.resolve("src").toString(),
                destination);

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("x: it is a directory in the destination");
        assertThat(deleting.exitCode()).as(deleting.printed()).isZero();
        assertThat(deleting.out()).contains(": 1 file copied, ");
        assertThat(home.resolve("dst/x")).hasContent("file now");
    }

    @Test
    void mirrorNeedsExactlyOneRemoteSide() {
        CliResult run = cli("mirror", local.toString(), scratch.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("one of SRC and DST must be an ftp:// URL");
    }

    @Test
    void resumeAndTemporaryNameCannotBeCombined() throws IOException {
        Path file = Files.writeString(local.resolve("a"), "a");

        CliResult run = cli("put", "-c", "--temp-name", file.toString(),
                server.urlWithPassword("a"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot be combined with --temp-name");
    }

    @Test
    void anonymousLoginCanListButNotWrite() throws IOException {
        Files.writeString(home.resolve("public.txt"), "hello");
        Path file = Files.writeString(local.resolve("x"), "x");

        // An empty netrc file: whatever the ~/.netrc of the person running the tests says.
        String noNetrc = Files.createFile(local.resolve("empty.netrc")).toString();

        CliResult list = cli("ls", "--netrc-file", noNetrc, server.anonymousUrl(""));
        CliResult write = cli("put", "--json", "--netrc-file", noNetrc, file.toString(),
                server.anonymousUrl("x"));

        assertThat(list.out()).isEqualTo("public.txt\n");
        assertThat(write.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        JsonNode error = write.json().path("error");
        assertThat(error.path("command").asText()).startsWith("STOR");
        assertThat(error.path("code").asInt()).isEqualTo(550);
    }

    private static CliResult cli(String... args) {
        return InProcessCli.run(args);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
