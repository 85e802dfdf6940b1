package dev.ftpkit.server.interop;

import static dev.ftpkit.server.interop.FileTrees.assertSameContent;
import static dev.ftpkit.server.interop.FileTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** lftp, run as a child process, against a real server on a loopback ephemeral port. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LftpInteropTest {

    private static final long BIG_FILE_SIZE = 50 * RandomFiles.MEBIBYTE;
    private static final long RESUME_OFFSET = 20 * RandomFiles.MEBIBYTE;
    private static final Duration LFTP_TIMEOUT = Duration.ofSeconds(90);

    /** The two passive flavours lftp can use, and the command its debug trace then shows. */
    enum Passive {
        PASV("set ftp:prefer-epsv no", "---> PASV"),
        EPSV("set ftp:prefer-epsv yes", "---> EPSV");

        final String setting;
        final String traceLine;

        Passive(String setting, String traceLine) {
            this.setting = setting;
            this.traceLine = traceLine;
        }
    }

    @TempDir
    static Path shared;
    private static Path bigFile;

    @TempDir
    Path work;
    private Path lftp;
    private Path home;
    private Path local;
    private InteropServer server;
    private ProcessRunner runner;

    @BeforeAll
    static void writeBigFile() throws IOException {
        bigFile = RandomFiles.write(shared.resolve("big.bin"), BIG_FILE_SIZE, 0x1F7BL);
    }

    @BeforeEach
    void startServer() throws Exception {
        lftp = ExternalPeer.LFTP.require();
        local = Files.createDirectories(work.resolve("local"));
        server = InteropServer.start(Files.createDirectories(work.resolve("server")));
        home = server.home();
        runner = lftpRunner(Files.createDirectories(work.resolve("client")));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Passive.class)
    void getsLargeFile(Passive passive) throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");

        ProcessResult result = lftp(passive, "get big.bin -o " + quote(target));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains(passive.traceLine);
        assertSameContent(bigFile, target);
    }

    @ParameterizedTest
    @EnumSource(Passive.class)
    void putsLargeFile(Passive passive) throws IOException {
        ProcessResult result = lftp(passive, "put " + quote(bigFile) + " -o uploaded.bin");

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains(passive.traceLine);
        assertSameContent(bigFile, home.resolve("uploaded.bin"));
    }

    @Test
    void getContinueResumesPartialDownload() throws IOException {
        Files.copy(bigFile, home.resolve("big.bin"));
        Path target = local.resolve("big.bin");
        try (InputStream in = Files.newInputStream(bigFile)) {
            Files.write(target, in.readNBytes((int) RESUME_OFFSET));
        }

        ProcessResult result = lftp(Passive.PASV, "get -c big.bin -o " + quote(target));

        result.assertSucceeded();
        assertThat(result.stderr()).as(result.describe()).contains("---> REST " + RESUME_OFFSET);
        assertSameContent(bigFile, target);
    }

    @Test
    void putAndLsKeepUtf8NameWithSpaces() throws IOException {
        Path source = RandomFiles.write(local.resolve("source.bin"), 10_000, 6L);
        String name = "\u00dcbersicht f\u00fcr M\u00e4rz.bin";

        ProcessResult result = lftp(Passive.PASV,
                "put " + quote(source) + " -o \"" + name + "\"; cls -1");

        result.assertSucceeded();
        assertThat(result.stdout().lines().toList()).as(result.describe()).contains(name);
        assertSameContent(source, home.resolve(name));
    }

    @Test
    void lsShowsFilesAndDirectories() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        ProcessResult result = lftp(Passive.PASV, "ls");

        result.assertSucceeded();
        assertThat(result.stdout()).as(result.describe())
                .contains("notes.txt").contains("reports");
    }

    @Test
    void clsMarksDirectoriesWithSlash() throws IOException {
        Files.writeString(home.resolve("notes.txt"), "hello");
        Files.createDirectories(home.resolve("reports"));

        ProcessResult result = lftp(Passive.PASV, "cls -1");

        result.assertSucceeded();
        assertThat(result.stdout().lines().toList()).as(result.describe())
                .containsExactlyInAnyOrder("notes.txt", "reports/");
    }

    @Test
    void clsLongShowsFileSize() throws IOException {
        RandomFiles.write(home.resolve("sized.bin"), 123_457, 3L);

        ProcessResult result = lftp(Passive.PASV, "cls -l");

        result.assertSucceeded();
        assertThat(result.stdout()).as(result.describe()).containsPattern("\\b123457\\b");
    }

    @Test
    void mkdirCreatesNestedDirectories() {
        ProcessResult result = lftp(Passive.PASV, "mkdir -p fresh/deeper");

        result.assertSucceeded();
        assertThat(home.resolve("fresh/deeper")).as(result.describe()).isDirectory();
    }

    @Test
    void mvRenamesFile() throws IOException {
        Files.writeString(home.resolve("before.txt"), "content");

        ProcessResult result = lftp(Passive.PASV, "mv before.txt after.txt");

        result.assertSucceeded();
        assertThat(home.resolve("before.txt")).as(result.describe()).doesNotExist();
        assertThat(home.resolve("after.txt")).hasContent("content");
    }

    @Test
    void mvMovesFileIntoDirectory() throws IOException {
        Files.writeString(home.resolve("loose.txt"), "content");
        Files.createDirectories(home.resolve("archive"));

        ProcessResult result = lftp(Passive.PASV, "mv loose.txt archive/kept.txt");

        result.assertSucceeded();
        assertThat(home.resolve("loose.txt")).as(result.describe()).doesNotExist();
        assertThat(home.resolve("archive/kept.txt")).hasContent("content");
    }

    @Test
    void rmDeletesFile() throws IOException {
        Files.writeString(home.resolve("victim.txt"), "delete me");
        Files.writeString(home.resolve("bystander.txt"), "keep me");

        ProcessResult result = lftp(Passive.PASV, "rm victim.txt");

        result.assertSucceeded();
        assertThat(home.resolve("victim.txt")).as(result.describe()).doesNotExist();
        assertThat(home.resolve("bystander.txt")).hasContent("keep me");
    }

    @Test
    void rmRecursiveDeletesTree() throws IOException {
        writeSmallTree(home.resolve("doomed"));

        ProcessResult result = lftp(Passive.PASV, "rm -r doomed");

        result.assertSucceeded();
        assertThat(home.resolve("doomed")).as(result.describe()).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Passive.class)
    void mirrorDownloadsTree(Passive passive) throws IOException {
        Path tree = writeSmallTree(home.resolve("tree"));
        Path target = local.resolve("tree");

        ProcessResult result = lftp(passive, "mirror tree " + quote(target));

        result.assertSucceeded();
        assertSameTree(tree, target);
    }

    /** Four sessions at once, each opening its own data connections. */
    @Test
    void parallelMirrorDownloadsTree() throws IOException {
        Path tree = home.resolve("tree");
        for (int i = 0; i < 12; i++) {
            RandomFiles.write(tree.resolve("part-" + i % 3 + "/file-" + i + ".bin"),
                    200_000 + i, 100L + i);
        }
        Path target = local.resolve("tree");

        ProcessResult result = lftp(Passive.EPSV,
                "mirror --parallel=4 tree " + quote(target));

        result.assertSucceeded();
        assertSameTree(tree, target);
    }

    @ParameterizedTest
    @EnumSource(Passive.class)
    void reverseMirrorUploadsTree(Passive passive) throws IOException {
        Path tree = writeSmallTree(local.resolve("tree"));

        ProcessResult result = lftp(passive, "mirror -R " + quote(tree) + " tree");

        result.assertSucceeded();
        assertSameTree(tree, home.resolve("tree"));
    }

    /** A few files at three depths, one of them empty, and an empty directory. */
    private static Path writeSmallTree(Path root) throws IOException {
        Files.createDirectories(root.resolve("empty-dir"));
        Files.writeString(root.resolve("readme.txt"), "top level\n");
        RandomFiles.write(root.resolve("data/sample.bin"), 300_000, 11L);
        Files.createFile(root.resolve("data/empty.txt"));
        RandomFiles.write(root.resolve("data/nested/deep.bin"), 70_001, 12L);
        return root;
    }

    /**
     * Runs lftp with {@code commands} after logging in. The trace (debug 5) on stderr shows
     * every command and reply; cmd:fail-exit makes the first failing command end lftp with a
     * non-zero exit code instead of carrying on.
     */
    private ProcessResult lftp(Passive passive, String commands) {
        String script = String.join("; ", List.of(
                "debug 5",
                "set cmd:fail-exit yes",
                "set ftp:passive-mode on",
                passive.setting,
                "set net:max-retries 1",
                "set net:timeout 10",
                "set xfer:clobber on",
                "open -u " + server.user() + "," + server.password()
                        + " ftp://" + server.host() + ":" + server.port(),
                commands));
        return runner.run(lftp.toString(), "--norc", "-c", script);
    }

    /** Keeps lftp away from the user's ~/.lftprc, bookmarks and history. */
    private ProcessRunner lftpRunner(Path scratch) throws IOException {
        Path lftpHome = Files.createDirectories(scratch.resolve("lftp-home"));
        return new ProcessRunner(scratch, LFTP_TIMEOUT)
                .environment("HOME", lftpHome.toString())
                .environment("LFTP_HOME", lftpHome.resolve(".lftp").toString())
                .environment("XDG_CONFIG_HOME", lftpHome.resolve(".config").toString())
                .environment("XDG_DATA_HOME", lftpHome.resolve(".local/share").toString())
                .environment("XDG_CACHE_HOME", lftpHome.resolve(".cache").toString())
                // File names are UTF-8 on both ends whatever the locale of the build.
                .environment("LC_ALL", "C.UTF-8")
                .secret(server.password());
    }

    private static String quote(Path path) {
        return "\"" + path + "\"";
    }
}
