package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands out of order, malformed, or pipelined, sent over a raw socket: what a careless or
 * hostile client sends and Commons Net never would.
 */
@Timeout(30)
class CommandSequenceTest {

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root, builder -> builder.maxLineLength(512));
        raw = server.raw();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void passBeforeUserRepliesBadSequence() throws IOException {
        Reply reply = raw.send("PASS " + TestServer.PASSWORD);

        assertThat(reply.code()).isEqualTo(503);
    }

    @Test
    void rntoWithoutRnfrRepliesBadSequence() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("RNTO b.txt");

        assertThat(reply.code()).isEqualTo(503);
    }

    @Test
    void rntoAfterAnotherCommandThanRnfrRepliesBadSequence() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        raw.login("alice");
        raw.send("RNFR a.txt");
        raw.send("NOOP");

        Reply reply = raw.send("RNTO b.txt");

        assertThat(reply.code()).isEqualTo(503);
        assertThat(root.resolve("a.txt")).exists();
    }

    @Test
    void retrBeforeLoginRepliesNotLoggedIn() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");

        Reply reply = raw.send("RETR a.txt");

        assertThat(reply.code()).isEqualTo(530);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIST", "NLST", "MLSD", "CWD /", "PWD", "DELE a.txt", "MKD x"})
    void fileCommandsBeforeLoginReplyNotLoggedIn(String line) throws IOException {
        Reply reply = raw.send(line);

        assertThat(reply.code()).isEqualTo(530);
    }

    @Test
    void retrWithoutDataConnectionReplies425() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        raw.login("alice");

        Reply reply = raw.send("RETR a.txt");

        assertThat(reply.code()).isEqualTo(425);
    }

    @Test
    void storWithoutDataConnectionReplies425AndLeavesTheFileAlone() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "precious");
        raw.login("alice");

        Reply reply = raw.send("STOR keep.txt");

        assertThat(reply.code()).isEqualTo(425);
        assertThat(root.resolve("keep.txt")).hasContent("precious");
    }

    @Test
    void storWithoutDataConnectionCreatesNothing() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("STOR fresh.txt");

        assertThat(reply.code()).isEqualTo(425);
        assertThat(root.resolve("fresh.txt")).doesNotExist();
        try (var entries = Files.list(root)) {
            assertThat(entries).extracting(p -> p.getFileName().toString())
                    .containsExactly("bob");
        }
    }

    @Test
    void appeWithoutDataConnectionReplies425AndCreatesNothing() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("APPE fresh.txt");

        assertThat(reply.code()).isEqualTo(425);
        assertThat(root.resolve("fresh.txt")).doesNotExist();
    }

    @Test
    void listWithoutDataConnectionReplies425() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("LIST");

        assertThat(reply.code()).isEqualTo(425);
    }

    @Test
    void dataConnectionServesOneTransferOnly() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        raw.login("alice");
        raw.send("PASV");
        raw.send("RETR missing.txt");

        Reply reply = raw.send("RETR a.txt");

        assertThat(reply.code()).isEqualTo(425);
    }

    @Test
    void restThenDeleRepliesBadSequenceAndDeletesNothing() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        raw.login("alice");
        raw.send("REST 10");

        Reply reply = raw.send("DELE a.txt");

        assertThat(reply.code()).isEqualTo(503);
        assertThat(root.resolve("a.txt")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "99999999999999999999999"})
    void restWithABadOffsetReplies501(String offset) throws IOException {
        raw.login("alice");

        Reply reply = raw.send("REST " + offset);

        assertThat(reply.code()).isEqualTo(501);
    }

    @Test
    void oversizedLineReplies500AndTheSessionGoesOn() throws IOException {
        raw.write("NOOP " + "x".repeat(2_000) + "\r\n");

        Reply tooLong = raw.readReply();
        Reply noop = raw.send("NOOP");

        assertThat(tooLong.code()).isEqualTo(500);
        assertThat(noop.code()).isEqualTo(200);
    }

    @Test
    void oversizedLineIsNeverRunEvenInPart() throws IOException {
        Files.writeString(root.resolve("victim.txt"), "v");
        raw.login("alice");
        // The tail of the line must not be taken for a command of its own.
        raw.write("NOOP " + "x".repeat(600) + " DELE victim.txt\r\n");

        Reply tooLong = raw.readReply();
        Reply next = raw.send("NOOP");

        assertThat(tooLong.code()).isEqualTo(500);
        assertThat(next.code()).isEqualTo(200);
        assertThat(root.resolve("victim.txt")).exists();
    }

    @Test
    void nulInAnArgumentReplies501() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("MKD bad\0name");

        assertThat(reply.code()).isEqualTo(501);
        try (var entries = Files.list(root)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void unknownVerbReplies500() throws IOException {
        Reply reply = raw.send("FROB something");

        assertThat(reply.code()).isEqualTo(500);
        assertThat(reply.text()).contains("FROB");
    }

    @Test
    void argumentOnAVerbThatTakesNoneReplies501() throws IOException {
        Reply reply = raw.send("NOOP please");

        assertThat(reply.code()).isEqualTo(501);
    }

    @Test
    void missingArgumentReplies501() throws IOException {
        Reply reply = raw.send("USER");

        assertThat(reply.code()).isEqualTo(501);
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws IOException {
        Files.createDirectory(root.resolve("sub"));
        raw.write("USER alice\r\nPASS " + TestServer.PASSWORD + "\r\nCWD sub\r\nPWD\r\n"
                + "CWD /nowhere\r\nFROB\r\nNOOP\r\nSYST\r\n");

        List<Integer> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Reply reply = raw.readReply();
            codes.add(reply.code());
            texts.add(reply.text());
        }

        assertThat(codes).containsExactly(331, 230, 250, 257, 550, 500, 200, 215);
        assertThat(texts.get(3)).startsWith("\"/sub\"");
    }

    @Test
    void pipelinedCommandsSplitAcrossWritesAreAnsweredInOrder() throws IOException {
        byte[] bytes = "NOOP\r\nSYST\r\nNOOP\r\n".getBytes(StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            raw.write(new byte[] {b});
        }

        assertThat(raw.readReply().code()).isEqualTo(200);
        assertThat(raw.readReply().code()).isEqualTo(215);
        assertThat(raw.readReply().code()).isEqualTo(200);
    }

    @Test
    void commandsInLowerCaseAreUnderstood() throws IOException {
        Reply reply = raw.send("noop");

        assertThat(reply.code()).isEqualTo(200);
    }

    @Test
    void bareLineFeedEndsALine() throws IOException {
        raw.write("NOOP\n");

        assertThat(raw.readReply().code()).isEqualTo(200);
    }

    @Test
    void passAfterFailedLoginNeedsUserAgain() throws IOException {
        raw.send("USER alice");
        raw.send("PASS wrong");

        Reply reply = raw.send("PASS " + TestServer.PASSWORD);

        assertThat(reply.code()).isEqualTo(503);
    }

    @Test
    void userWhileLoggedInStartsANewLogin() throws IOException {
        raw.login("alice");

        Reply user = raw.send("USER bob");
        Reply pwd = raw.send("PWD");

        assertThat(user.code()).isEqualTo(331);
        assertThat(pwd.code()).isEqualTo(530);
    }

    @Test
    void reinEndsTheLogin() throws IOException {
        raw.login("alice");

        Reply rein = raw.send("REIN");
        Reply pwd = raw.send("PWD");

        assertThat(rein.code()).isEqualTo(220);
        assertThat(pwd.code()).isEqualTo(530);
    }

    @Test
    void acctBeforeLoginDoesNotLogIn() throws IOException {
        Reply acct = raw.send("ACCT anything");
        Reply pwd = raw.send("PWD");

        assertThat(acct.code()).isEqualTo(503);
        assertThat(pwd.code()).isEqualTo(530);
    }

    @Test
    void acctAfterLoginIsSuperfluous() throws IOException {
        raw.login("alice");

        Reply acct = raw.send("ACCT anything");

        assertThat(acct.code()).isEqualTo(202);
    }

    @Test
    void epsvAllRefusesOtherDataConnectionSetUps() throws IOException {
        raw.login("alice");
        Reply all = raw.send("EPSV ALL");

        Reply pasv = raw.send("PASV");
        Reply port = raw.send("PORT 127,0,0,1,200,10");
        Reply eprt = raw.send("EPRT |1|127.0.0.1|51210|");
        Reply epsv = raw.send("EPSV");

        assertThat(all.code()).isEqualTo(200);
        assertThat(pasv.code()).isEqualTo(503);
        assertThat(port.code()).isEqualTo(503);
        assertThat(eprt.code()).isEqualTo(503);
        assertThat(epsv.code()).isEqualTo(229);
    }

    @Test
    void hostAfterUserRepliesBadSequence() throws IOException {
        raw.send("USER alice");

        Reply host = raw.send("HOST 127.0.0.1");

        assertThat(host.code()).isEqualTo(503);
    }

    @Test
    void abortWithNothingRunningReplies225() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("ABOR");

        assertThat(reply.code()).isEqualTo(225);
    }

    @Test
    void quitRepliesAndCloses() throws IOException {
        Reply reply = raw.send("QUIT");

        assertThat(reply.code()).isEqualTo(221);
        assertThat(raw.isClosedByServer()).isTrue();
    }
}
