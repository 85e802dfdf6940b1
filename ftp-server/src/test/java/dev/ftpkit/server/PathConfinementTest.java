package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No path leads out of the root: not "..", not absolute paths, not backslashes, not symbolic
 * links inside the root that point outside. Reads get 550 and writes change nothing outside.
 */
@Timeout(30)
class PathConfinementTest {

    @TempDir
    Path base;

    private Path root;
    private Path outside;
    private TestServer server;
    private FTPClient client;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectory(base.resolve("root"));
        outside = Files.createDirectory(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("secret-link"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("missing.txt"));
        Files.writeString(root.resolve("inside.txt"), "inside");
        server = TestServer.start(root);
        client = server.login("alice");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside/secret.txt", "/../outside/secret.txt",
            "../../outside/secret.txt", "/etc/passwd", "..\\outside\\secret.txt",
            "..\\..\\outside\\secret.txt", "escape/secret.txt", "/escape/secret.txt",
            "secret-link", "dangling"})
    void retrOutsideTheRootReplies550(String path) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();

        boolean done = client.retrieveFile(path, received);

        assertThat(done).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(received.size()).isZero();
    }

    @Test
    void dotDotStopsAtTheRootAndFindsTheSameNamedFileInside() throws IOException {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "the root's own");

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("../../../../etc/passwd", received);

        assertThat(done).isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("the root's own");
    }

    @ParameterizedTest
    @ValueSource(strings = {"escape/new.txt", "/escape/new.txt", "secret-link", "dangling",
            "../outside/new.txt"})
    void storOutsideTheRootWritesNothingOutside(String path) throws IOException {
        boolean done = client.storeFile(path,
                new ByteArrayInputStream("evil".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
        assertThat(outside.resolve("new.txt")).doesNotExist();
        assertThat(outside.resolve("missing.txt")).doesNotExist();
    }

    @Test
    void appeThroughALinkOutsideChangesNothing() throws IOException {
        boolean done = client.appendFile("secret-link",
                new ByteArrayInputStream("evil".getBytes(StandardCharsets.UTF_8)));

        assertThat(done).isFalse();
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"escape/secret.txt", "secret-link", "../outside/secret.txt"})
    void deleOutsideTheRootDeletesNothing(String path) throws IOException {
        boolean done = client.deleteFile(path);

        assertThat(done).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(outside.resolve("secret.txt")).exists();
        assertThat(root.resolve("secret-link")).isSymbolicLink();
    }

    @Test
    void rnfrOutsideTheRootReplies550() throws IOException {
        int code = client.rnfr("escape/secret.txt");

        assertThat(code).isEqualTo(550);
        assertThat(outside.resolve("secret.txt")).exists();
    }

    @Test
    void rntoOutsideTheRootMovesNothing() throws IOException {
        client.rnfr("inside.txt");

        int code = client.rnto("escape/moved.txt");

        assertThat(code).isEqualTo(550);
        assertThat(root.resolve("inside.txt")).exists();
        assertThat(outside.resolve("moved.txt")).doesNotExist();
    }

    @Test
    void mkdOutsideTheRootCreatesNothing() throws IOException {
        int code = client.mkd("escape/newdir");

        assertThat(code).isEqualTo(550);
        assertThat(outside.resolve("newdir")).doesNotExist();
    }

    @Test
    void cwdIntoALinkOutsideReplies550() throws IOException {
        int code = client.cwd("escape");

        assertThat(code).isEqualTo(550);
        assertThat(client.printWorkingDirectory()).isEqualTo("/");
    }

    @Test
    void cwdAboveTheRootStaysAtTheRoot() throws IOException {
        boolean done = client.changeWorkingDirectory("../../..");

        assertThat(done).isTrue();
        assertThat(client.printWorkingDirectory()).isEqualTo("/");
    }

    @Test
    void listOfALinkOutsideReplies550() throws IOException {
        FTPFile[] files = client.listFiles("escape");

        assertThat(files).isEmpty();
        assertThat(client.getReplyCode()).isEqualTo(550);
    }

    @Test
    void listingsHideLinksThatLeadOutside() throws IOException {
        FTPFile[] list = client.listFiles();
        FTPFile[] mlsd = client.mlistDir();

        assertThat(list).extracting(FTPFile::getName).containsExactly("bob", "inside.txt");
        assertThat(mlsd).extracting(FTPFile::getName).containsExactly("bob", "inside.txt");
    }

    @Test
    void linksThatStayInsideTheRootAreFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("inside.txt"));

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("alias.txt", received);

        assertThat(done).isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("inside");
    }

    @Test
    void userWithAHomeCannotReachTheServerRoot() throws IOException {
        FTPClient bob = server.login("bob");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = bob.retrieveFile("../inside.txt", received);

        assertThat(done).isFalse();
        assertThat(bob.getReplyCode()).isEqualTo(550);
    }
}
