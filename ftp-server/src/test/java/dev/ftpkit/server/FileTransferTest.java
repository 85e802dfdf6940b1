package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Transfers and file commands end to end, driven by Commons Net's FTPClient. */
@Timeout(30)
class FileTransferTest {

    @TempDir
    Path root;

    private TestServer server;
    private FTPClient client;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
        client = server.login("alice");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void downloadsAFileByteForByte() throws IOException {
        byte[] content = randomBytes(300_000);
        Files.write(root.resolve("data.bin"), content);

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("data.bin", received);

        assertThat(done).as(client.getReplyString()).isTrue();
        assertThat(received.toByteArray()).isEqualTo(content);
    }

    @Test
    void uploadsAFileByteForByte() throws IOException {
        byte[] content = randomBytes(250_000);

        boolean done = client.storeFile("up.bin", new ByteArrayInputStream(content));

        assertThat(done).as(client.getReplyString()).isTrue();
        assertThat(Files.readAllBytes(root.resolve("up.bin"))).isEqualTo(content);
    }

    @Test
    void uploadReplacesAnExistingFile() throws IOException {
        Files.writeString(root.resolve("report.txt"), "an old and much longer content");

        boolean done = client.storeFile("report.txt",
                new ByteArrayInputStream("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).isTrue();
        assertThat(root.resolve("report.txt")).hasContent("new");
    }

    @Test
    void uploadLeavesNoTemporaryFileBehind() throws IOException {
        client.storeFile("clean.txt", new ByteArrayInputStream(new byte[] {1, 2, 3}));

        try (var entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bob", "clean.txt");
        }
    }

    @Test
    void downloadsInActiveMode() throws IOException {
        Files.writeString(root.resolve("active.txt"), "over PORT");
        client.enterLocalActiveMode();

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("active.txt", received);

        assertThat(done).as(client.getReplyString()).isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("over PORT");
    }

    @Test
    void asciiDownloadTurnsLineFeedsIntoCrLf() throws IOException {
        Files.writeString(root.resolve("text.txt"), "one\ntwo\r\nthree\n");
        // TYPE A sent behind Commons Net's back, so it does not convert the line ends back
        // and the test sees the bytes as they were on the wire.
        client.sendCommand("TYPE", "A");

        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("text.txt", wire);

        assertThat(done).isTrue();
        assertThat(wire.toString(StandardCharsets.UTF_8)).isEqualTo("one\r\ntwo\r\nthree\r\n");
    }

    @Test
    void asciiUploadTurnsCrLfIntoLineFeeds() throws IOException {
        client.sendCommand("TYPE", "A");

        boolean done = client.storeFile("text.txt",
                new ByteArrayInputStream("alpha\r\nbeta\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).isTrue();
        assertThat(root.resolve("text.txt")).hasContent("alpha\nbeta\n");
    }

    @Test
    void listShowsEntriesThatCommonsNetParses() throws IOException {
        Files.write(root.resolve("a.txt"), new byte[1234]);
        Files.createDirectory(root.resolve("docs"));

        FTPFile[] files = client.listFiles();

        assertThat(files).extracting(FTPFile::getName).contains("a.txt", "docs", "bob");
        FTPFile file = find(files, "a.txt");
        assertThat(file.isFile()).isTrue();
        assertThat(file.getSize()).isEqualTo(1234);
        assertThat(find(files, "docs").isDirectory()).isTrue();
    }

    @Test
    void listHidesDotFilesUnlessAskedWithDashA() throws IOException {
        Files.writeString(root.resolve(".hidden"), "x");

        FTPFile[] plain = client.listFiles();
        client.setListHiddenFiles(true);
        FTPFile[] all = client.listFiles();

        assertThat(plain).extracting(FTPFile::getName).doesNotContain(".hidden");
        assertThat(all).extracting(FTPFile::getName).contains(".hidden");
    }

    @Test
    void mlsdGivesFactsThatCommonsNetParses() throws IOException {
        Files.write(root.resolve("m.bin"), new byte[42]);
        Files.setLastModifiedTime(root.resolve("m.bin"),
                FileTime.from(Instant.parse("2021-03-04T05:06:07Z")));

        FTPFile[] files = client.mlistDir();

        FTPFile file = find(files, "m.bin");
        assertThat(file.isFile()).isTrue();
        assertThat(file.getSize()).isEqualTo(42);
        assertThat(file.getTimestamp().toInstant()).isEqualTo("2021-03-04T05:06:07Z");
        assertThat(find(files, "bob").isDirectory()).isTrue();
    }

    @Test
    void mlstGivesTheFactsOfOnePath() throws IOException {
        Files.write(root.resolve("one.bin"), new byte[7]);

        FTPFile file = client.mlistFile("one.bin");

        assertThat(file).as(client.getReplyString()).isNotNull();
        assertThat(file.getSize()).isEqualTo(7);
        assertThat(file.isFile()).isTrue();
    }

    @Test
    void nlstListsBareNames() throws IOException {
        Files.writeString(root.resolve("n1.txt"), "1");
        Files.writeString(root.resolve("n2.txt"), "2");

        String[] names = client.listNames();

        assertThat(names).contains("n1.txt", "n2.txt", "bob");
    }

    @Test
    void renamesAFile() throws IOException {
        Files.writeString(root.resolve("old.txt"), "content");

        boolean done = client.rename("old.txt", "new.txt");

        assertThat(done).isTrue();
        assertThat(root.resolve("old.txt")).doesNotExist();
        assertThat(root.resolve("new.txt")).hasContent("content");
    }

    @Test
    void deletesAFile() throws IOException {
        Files.writeString(root.resolve("gone.txt"), "x");

        boolean done = client.deleteFile("gone.txt");

        assertThat(done).isTrue();
        assertThat(root.resolve("gone.txt")).doesNotExist();
    }

    @Test
    void deleteOfAMissingFileReplies550() throws IOException {
        int code = client.dele("nothing.txt");

        assertThat(code).isEqualTo(550);
    }

    @Test
    void makesAndRemovesADirectory() throws IOException {
        boolean made = client.makeDirectory("newdir");
        boolean existed = Files.isDirectory(root.resolve("newdir"));
        boolean removed = client.removeDirectory("newdir");

        assertThat(made).isTrue();
        assertThat(existed).isTrue();
        assertThat(removed).isTrue();
        assertThat(root.resolve("newdir")).doesNotExist();
    }

    @Test
    void mkdReplyQuotesTheNewPath() throws IOException {
        int code = client.mkd("made");

        assertThat(code).isEqualTo(257);
        assertThat(client.getReplyString()).contains("\"/made\"");
    }

    @Test
    void appendsToAFile() throws IOException {
        Files.writeString(root.resolve("log.txt"), "first,");

        boolean done = client.appendFile("log.txt",
                new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).isTrue();
        assertThat(root.resolve("log.txt")).hasContent("first,second");
    }

    @Test
    void resumesADownloadAtTheRestOffset() throws IOException {
        byte[] content = randomBytes(10_000);
        Files.write(root.resolve("resume.bin"), content);
        client.setRestartOffset(4_000);

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("resume.bin", received);

        assertThat(done).isTrue();
        assertThat(received.toByteArray()).isEqualTo(Arrays.copyOfRange(content, 4_000, 10_000));
    }

    @Test
    void resumesAnUploadAtTheRestOffset() throws IOException {
        Files.writeString(root.resolve("part.txt"), "0123456789");
        client.setRestartOffset(4);

        boolean done = client.storeFile("part.txt",
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).as(client.getReplyString()).isTrue();
        assertThat(root.resolve("part.txt")).hasContent("0123abc");
    }

    @Test
    void storeUniqueChoosesAFreshName() throws IOException {
        Files.writeString(root.resolve("upload"), "taken");

        boolean done = client.storeUniqueFile(new ByteArrayInputStream(new byte[] {9}));

        assertThat(done).as(client.getReplyString()).isTrue();
        assertThat(root.resolve("upload")).hasContent("taken");
        assertThat(root.resolve("upload.1")).hasBinaryContent(new byte[] {9});
    }

    @Test
    void sizeAndMdtmDescribeAFile() throws IOException {
        Files.write(root.resolve("s.bin"), new byte[321]);
        Files.setLastModifiedTime(root.resolve("s.bin"),
                FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));

        String size = client.getSize("s.bin");
        String mdtm = client.getModificationTime("s.bin");

        assertThat(size).isEqualTo("321");
        assertThat(mdtm).isEqualTo("20200102030405");
    }

    @Test
    void sizeCountsCrLfInAsciiMode() throws IOException {
        Files.writeString(root.resolve("lines.txt"), "a\nb\n");
        client.setFileType(FTP.ASCII_FILE_TYPE);

        String size = client.getSize("lines.txt");

        assertThat(size).isEqualTo("6");
    }

    @Test
    void sizeOfADirectoryReplies550() throws IOException {
        int code = client.sendCommand("SIZE", "bob");

        assertThat(code).isEqualTo(550);
    }

    @Test
    void pwdQuotesThePathAndDoublesInnerQuotes() throws IOException {
        Files.createDirectory(root.resolve("say \"hi\""));
        client.changeWorkingDirectory("say \"hi\"");

        int code = client.pwd();

        assertThat(code).isEqualTo(257);
        assertThat(client.getReplyString()).startsWith("257 \"/say \"\"hi\"\"\"");
        assertThat(client.printWorkingDirectory()).isEqualTo("/say \"hi\"");
    }

    @Test
    void cwdAndCdupMoveAroundTheTree() throws IOException {
        Files.createDirectories(root.resolve("a/b"));

        boolean down = client.changeWorkingDirectory("a/b");
        String deep = client.printWorkingDirectory();
        boolean up = client.changeToParentDirectory();

        assertThat(down).isTrue();
        assertThat(deep).isEqualTo("/a/b");
        assertThat(up).isTrue();
        assertThat(client.printWorkingDirectory()).isEqualTo("/a");
    }

    @Test
    void cwdToAMissingDirectoryReplies550() throws IOException {
        int code = client.cwd("nowhere");

        assertThat(code).isEqualTo(550);
        assertThat(client.printWorkingDirectory()).isEqualTo("/");
    }

    @Test
    void userWithAHomeSeesItAsTheRoot() throws IOException {
        Files.writeString(root.resolve("bob/mine.txt"), "bob's");
        FTPClient bob = server.login("bob");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = bob.retrieveFile("/mine.txt", received);

        assertThat(done).isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("bob's");
        assertThat(bob.printWorkingDirectory()).isEqualTo("/");
    }

    @Test
    void manyTransfersInOneSessionEachGetTheirOwnConnection() throws IOException {
        Files.writeString(root.resolve("r.txt"), "repeat");

        for (int i = 0; i < 20; i++) {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            assertThat(client.retrieveFile("r.txt", received)).isTrue();
            assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("repeat");
        }
        assertThat(FTPReply.isPositiveCompletion(client.noop())).isTrue();
    }

    private static FTPFile find(FTPFile[] files, String name) {
        return Arrays.stream(files).filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + Arrays.toString(files)));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
