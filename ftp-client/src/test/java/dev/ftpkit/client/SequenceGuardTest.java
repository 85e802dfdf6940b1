package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.RecordingTranscript;
import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.Precondition;
import dev.ftpkit.testkit.PeerFtpServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client reads the protocol's sequencing rules and refuses, before sending, a command
 * that would break one. The transcript shows what really went out.
 */
@Timeout(30)
class SequenceGuardTest {

    @TempDir
    Path scratch;

    private final RecordingTranscript transcript = new RecordingTranscript();
    private PeerFtpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = ServerKind.FTPKIT.start(scratch);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ControlConnection connect() throws FtpConnectionException {
        return ControlConnection.connect(server.host(), server.port(), Duration.ofSeconds(5),
                Duration.ofSeconds(10), transcript);
    }

    @Test
    void rntoWithoutRnfrIsRefusedWithoutSendingAnything() throws Exception {
        try (FtpClient client = ServerKind.clientOf(server).transcript(transcript).connect()) {
            int sentBefore = transcript.commands().size();

            assertThatThrownBy(() -> client.quote("RNTO", "b.txt"))
                    .isInstanceOfSatisfying(FtpSequenceException.class, e -> {
                        assertThat(e.verb()).isEqualTo(Verb.RNTO);
                        assertThat(e.rule().precondition())
                                .isEqualTo(Precondition.RENAME_PENDING);
                        assertThat(e.getMessage()).isEqualTo("RNTO not sent: it needs RNFR"
                                + " answered 350 just before (a server would reply 503 RNFR"
                                + " required first); Send RNFR <old name>, wait for 350, then"
                                + " send RNTO <new name> at once");
                    });
            assertThat(transcript.commands()).hasSize(sentBefore);
            assertThat(transcript.commandsOf("RNTO")).isEmpty();
            client.noop();
        }
    }

    @Test
    void passWithoutUserIsRefused() throws Exception {
        try (ControlConnection connection = connect()) {
            assertThatThrownBy(() -> connection.send("PASS", "secret"))
                    .isInstanceOfSatisfying(FtpSequenceException.class, e ->
                            assertThat(e.rule().precondition())
                                    .isEqualTo(Precondition.USER_ACCEPTED));
            assertThat(transcript.commands()).isEmpty();
        }
    }

    @Test
    void fileCommandBeforeLoginIsRefusedWith530Rule() throws Exception {
        try (ControlConnection connection = connect()) {
            assertThatThrownBy(() -> connection.send("DELE", "a.txt"))
                    .isInstanceOfSatisfying(FtpSequenceException.class, e ->
                            assertThat(e.rule().replyCode()).isEqualTo(530));
            assertThat(transcript.commands()).isEmpty();
        }
    }

    @Test
    void transferWithoutPassiveOrPortIsRefused() throws Exception {
        try (ControlConnection connection = connect()) {
            connection.send("USER", server.user());
            connection.send("PASS", server.password());

            assertThatThrownBy(() -> connection.send("RETR", "a.txt"))
                    .isInstanceOfSatisfying(FtpSequenceException.class, e ->
                            assertThat(e.rule().replyCode()).isEqualTo(425));
            assertThat(transcript.commandsOf("RETR")).isEmpty();
        }
    }

    @Test
    void commandBetweenRestAndItsTransferIsRefused() throws Exception {
        try (ControlConnection connection = connect()) {
            connection.send("USER", server.user());
            connection.send("PASS", server.password());
            assertThat(connection.send("REST", "100").code()).isEqualTo(350);

            assertThatThrownBy(() -> connection.send("SIZE", "a.txt"))
                    .isInstanceOfSatisfying(FtpSequenceException.class, e ->
                            assertThat(e.rule().precondition())
                                    .isEqualTo(Precondition.NO_RESTART_PENDING));
            assertThat(transcript.commandsOf("SIZE")).isEmpty();
        }
    }
}
