package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Logins: users, wrong passwords and their throttle, anonymous read-only access, idling. */
@Timeout(30)
class LoginTest {

    @TempDir
    Path root;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void userWithTheRightPasswordLogsIn() throws IOException {
        server = TestServer.start(root);
        try (RawControl raw = server.raw()) {
            Reply user = raw.send("USER alice");
            Reply pass = raw.send("PASS " + TestServer.PASSWORD);

            assertThat(user.code()).isEqualTo(331);
            assertThat(pass.code()).isEqualTo(230);
        }
    }

    @Test
    void wrongPasswordReplies530AfterADelay() throws IOException {
        server = TestServer.start(root, builder -> builder.loginFailureDelay(
                Duration.ofMillis(300)));
        try (RawControl raw = server.raw()) {
            raw.send("USER alice");

            long start = System.nanoTime();
            Reply pass = raw.send("PASS wrong");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(pass.code()).isEqualTo(530);
            assertThat(millis).isGreaterThanOrEqualTo(250);
        }
    }

    @Test
    void unknownUserRepliesLikeAWrongPassword() throws IOException {
        server = TestServer.start(root);
        try (RawControl raw = server.raw()) {
            Reply user = raw.send("USER mallory");
            Reply pass = raw.send("PASS guess");

            assertThat(user.code()).isEqualTo(331);
            assertThat(pass.code()).isEqualTo(530);
        }
    }

    @Test
    void thirdFailedLoginCloses421() throws IOException {
        server = TestServer.start(root);
        try (RawControl raw = server.raw()) {
            raw.send("USER alice");
            Reply first = raw.send("PASS wrong1");
            raw.send("USER alice");
            Reply second = raw.send("PASS wrong2");
            raw.send("USER alice");
            Reply third = raw.send("PASS wrong3");

            assertThat(first.code()).isEqualTo(530);
            assertThat(second.code()).isEqualTo(530);
            assertThat(third.code()).isEqualTo(421);
            assertThat(raw.isClosedByServer()).isTrue();
        }
    }

    @Test
    void pipelinedGuessesStillWaitForEachDelay() throws IOException {
        server = TestServer.start(root, builder -> builder
                .loginFailureDelay(Duration.ofMillis(200))
                .maxLoginFailures(10));
        try (RawControl raw = server.raw()) {
            long start = System.nanoTime();
            raw.write("USER alice\r\nPASS a\r\nUSER alice\r\nPASS b\r\nUSER alice\r\nPASS c\r\n");
            for (int i = 0; i < 6; i++) {
                raw.readReply();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(millis).isGreaterThanOrEqualTo(550);
        }
    }

    @Test
    void userWhoseHomeIsMissingCannotLogIn() throws IOException {
        server = TestServer.start(root);
        Files.delete(root.resolve("bob"));
        try (RawControl raw = server.raw()) {
            Reply pass = raw.login("bob");

            assertThat(pass.code()).isEqualTo(530);
        }
    }

    @Test
    void homeRemovedDuringASessionReplies451() throws IOException {
        server = TestServer.start(root);
        try (RawControl raw = server.raw()) {
            raw.login("bob");
            Files.delete(root.resolve("bob"));

            Reply reply = raw.send("MKD x");

            assertThat(reply.code()).isEqualTo(451);
            assertThat(raw.send("NOOP").code()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "ftp", "Anonymous"})
    void anonymousLogsInWithAnyPasswordWhenEnabled(String name) throws IOException {
        server = TestServer.start(root, builder -> builder.anonymous(true));
        FTPClient client = server.connect();
        boolean done = client.login(name, "someone@example.org");

        assertThat(done).isTrue();
        assertThat(client.printWorkingDirectory()).isEqualTo("/");
    }

    @Test
    void anonymousIsRefusedWhenDisabled() throws IOException {
        server = TestServer.start(root);
        FTPClient client = server.connect();
        boolean done = client.login("anonymous", "someone@example.org");

        assertThat(done).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(530);
    }

    @Test
    void anonymousCanDownload() throws IOException {
        Files.writeString(root.resolve("public.txt"), "for everyone");
        server = TestServer.start(root, builder -> builder.anonymous(true));
        FTPClient client = server.connect();
        client.login("anonymous", "guest");

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean done = client.retrieveFile("public.txt", received);

        assertThat(done).isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("for everyone");
    }

    @Test
    void anonymousCannotWriteAnything() throws IOException {
        Files.writeString(root.resolve("public.txt"), "for everyone");
        server = TestServer.start(root, builder -> builder.anonymous(true));
        FTPClient client = server.connect();
        client.login("anonymous", "guest");

        boolean stored = client.storeFile("new.txt", new ByteArrayInputStream(new byte[1]));
        int storCode = client.getReplyCode();
        boolean overwritten = client.storeFile("public.txt",
                new ByteArrayInputStream(new byte[1]));
        boolean appended = client.appendFile("public.txt",
                new ByteArrayInputStream(new byte[1]));
        int dele = client.dele("public.txt");
        int mkd = client.mkd("dir");
        int rnfr = client.rnfr("public.txt");

        assertThat(stored).isFalse();
        assertThat(storCode).isEqualTo(550);
        assertThat(client.getReplyString()).contains("Permission denied");
        assertThat(overwritten).isFalse();
        assertThat(appended).isFalse();
        assertThat(dele).isEqualTo(550);
        assertThat(mkd).isEqualTo(550);
        assertThat(rnfr).isEqualTo(550);
        assertThat(root.resolve("new.txt")).doesNotExist();
        assertThat(root.resolve("dir")).doesNotExist();
        assertThat(root.resolve("public.txt")).hasContent("for everyone");
    }

    @Test
    void readOnlyUserCannotWrite() throws IOException {
        server = TestServer.start(root);
        FTPClient client = server.login("reader");
        boolean stored = client.storeFile("new.txt", new ByteArrayInputStream(new byte[1]));

        assertThat(stored).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(root.resolve("new.txt")).doesNotExist();
    }

    @Test
    void idleSessionIsClosedWith421() throws IOException {
        server = TestServer.start(root, builder -> builder.idleTimeout(Duration.ofMillis(300)));
        try (RawControl raw = server.raw()) {
            Reply reply = raw.readReply(); // sent unprompted after the timeout

            assertThat(reply.code()).isEqualTo(421);
            assertThat(raw.isClosedByServer()).isTrue();
        }
    }

    @Test
    void commandsKeepASessionAlive() throws IOException {
        server = TestServer.start(root, builder -> builder.idleTimeout(Duration.ofMillis(600)));
        try (RawControl raw = server.raw()) {
            for (int i = 0; i < 5; i++) {
                sleep(200);
                assertThat(raw.send("NOOP").code()).isEqualTo(200);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
