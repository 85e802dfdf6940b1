package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.internal.ReplyFailures;
import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.testkit.PeerFtpServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class FtpReplyExceptionTest {

    @TempDir
    Path scratch;

    @Test
    void messageQuotesTheCommandAndTheReply() {
        FtpReplyException e = new FtpReplyException("STOR /inbox/a.csv",
                Reply.of(553, "File name not allowed"));

        assertThat(e.getMessage()).isEqualTo("STOR /inbox/a.csv refused: 553 File name not"
                + " allowed");
        assertThat(e.code()).isEqualTo(553);
    }

    @Test
    void explanationComesFromTheReplyCodeCatalog() {
        FtpReplyException e = new FtpReplyException("STOR a", Reply.of(553, "No"));

        assertThat(e.catalogEntry()).hasValueSatisfying(info -> {
            assertThat(info.code()).isEqualTo(553);
            assertThat(e.explanation()).startsWith(info.meaning());
        });
    }

    @Test
    void explanationOfAnUndefinedCodeSaysSoAndQuotesTheServer() {
        FtpReplyException e = new FtpReplyException("RETR a", Reply.of(599, "Odd"));

        assertThat(e.catalogEntry()).isEmpty();
        assertThat(e.explanation()).isEqualTo("Reply code 599 is not defined by any FTP RFC;"
                + " read the server's text: Odd");
    }

    @ParameterizedTest(name = "{0} {1} answered {2}: {3}")
    @CsvSource({
            "RETR, /a.txt,   550, FtpFileNotFoundException",
            "SIZE, /a.txt,   550, FtpFileNotFoundException",
            "STOR, /a.txt,   550, FtpReplyException",
            "STOR, /a.txt,   452, FtpTransferException",
            "RETR, /a.txt,   426, FtpTransferException",
            "STOR, /a.txt,   553, FtpReplyException",
            "PASS, secret,   530, FtpLoginException",
            "MKD,  /d,       550, FtpReplyException",
            "NOOP, '',       421, FtpConnectionException",
            "XYZZY, '',      500, FtpReplyException"})
    void failuresAreClassifiedByVerbAndCode(String verb, String argument, int code,
            String type) {
        FtpException e = ReplyFailures.of(verb, argument, Reply.of(code, "text"));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    }

    @Test
    void passwordNeverAppearsInTheCommand() {
        FtpException e = ReplyFailures.of("PASS", "s3cret", Reply.of(530, "Login incorrect"));

        assertThat(((FtpLoginException) e).command()).isEqualTo("PASS ****");
        assertThat(e.getMessage()).doesNotContain("s3cret");
    }

    @Test
    void wrongPasswordThrowsLoginExceptionWithCode530() throws Exception {
        try (PeerFtpServer server = ServerKind.FTPKIT.start(scratch)) {
            assertThatThrownBy(() -> ServerKind.clientOf(server)
                    .credentials(server.user(), "wrong").connect())
                    .isInstanceOfSatisfying(FtpLoginException.class, e -> {
                        assertThat(e.code()).isEqualTo(530);
                        assertThat(e.command()).isEqualTo("PASS ****");
                        assertThat(e.getMessage()).startsWith("login refused at PASS ****: 530");
                        assertThat(e.explanation()).isNotBlank();
                    });
        }
    }

    @Test
    void refusedConnectionThrowsConnectionException() throws Exception {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort();
        }

        assertThatThrownBy(() -> FtpClient.builder().host("127.0.0.1").port(closedPort)
                .connect())
                .isInstanceOf(FtpConnectionException.class)
                .hasMessageStartingWith("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void multiLineReplyKeepsEveryLine() {
        FtpReplyException e = new FtpReplyException("SITE HELP",
                Reply.multiLine(502, List.of("Not here:", "try HELP", "End")));

        assertThat(e.getMessage()).isEqualTo("SITE HELP refused: 502 Not here:");
        assertThat(e.reply().lines()).hasSize(3);
    }
}
