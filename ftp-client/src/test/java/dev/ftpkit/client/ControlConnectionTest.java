package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.RecordingTranscript;
import dev.ftpkit.client.support.ScriptedServer;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.sequence.LoginPhase;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The control connection against scripted replies, including the ones servers get wrong. */
@Timeout(30)
class ControlConnectionTest {

    private final RecordingTranscript transcript = new RecordingTranscript();

    private ControlConnection connect(ScriptedServer server, Duration readTimeout)
            throws FtpConnectionException {
        return ControlConnection.connect("127.0.0.1", server.port(), Duration.ofSeconds(5),
                readTimeout, transcript);
    }

    @Test
    void failureToConnectShowsAnIpv6AddressInBrackets() {
        // Unresolved, so the connect fails at once without any IPv6 on this machine.
        InetSocketAddress nowhere = InetSocketAddress.createUnresolved("::1", 2121);

        assertThatThrownBy(() -> ControlConnection.connect(nowhere, Duration.ofSeconds(1),
                Duration.ofSeconds(1), SocketFactory.getDefault(), TranscriptListener.NONE))
                .isInstanceOf(FtpConnectionException.class)
                .hasMessageStartingWith("cannot connect to [::1]:2121: ");
    }

    @Test
    void readsAMultiLineGreetingWhole() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session ->
                session.send("220-Welcome", "220-No abuse please", "220 Ready"));
                ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            Reply greeting = connection.greeting();

            assertThat(greeting.code()).isEqualTo(220);
            assertThat(greeting.lines()).containsExactly("Welcome", "No abuse please", "Ready");
            assertThat(connection.state().login()).isEqualTo(LoginPhase.GREETED);
        }
    }

    @Test
    void waitsThrough120ForThe220() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session ->
                session.send("120 Ready in 1 minute", "220 Ready now"));
                ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            assertThat(connection.greeting().lines()).containsExactly("Ready now");
        }
    }

    @Test
    void endlessMultiLineReplyFailsOnceItPassesTheSizeLimit() throws Exception {
        String line = "x".repeat(1000);
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220-Welcome");
            // 20 MB of inner lines and never the last line; the client must give up first.
            for (int i = 0; i < 20_000; i++) {
                session.send(line);
            }
            session.send("220 Ready");
        })) {
            assertThatThrownBy(() -> connect(server, Duration.ofSeconds(5)))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageContaining("reply longer than");
        }
    }

    @Test
    void endlessStreamOf120GreetingsFailsWithoutWaitingForever() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            for (int i = 0; i < 10_000; i++) {
                session.send("120 Ready in 1 minute");
            }
        })) {
            assertThatThrownBy(() -> connect(server, Duration.ofSeconds(5)))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageContaining("120");
        }
    }

    @Test
    void greetingOf421FailsTheConnectionWithTheReply() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session ->
                session.send("421 Too many users, try later"))) {
            assertThatThrownBy(() -> connect(server, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(FtpConnectionException.class, e -> {
                        assertThat(e.reply()).hasValueSatisfying(reply ->
                                assertThat(reply.code()).isEqualTo(421));
                        assertThat(e.getMessage()).endsWith(
                                "did not accept the session: 421 Too many users, try later");
                    });
        }
    }

    @Test
    void transcriptMasksThePassword() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("USER alice");
            session.send("331 Password please");
            session.expect("PASS s3cret");
            session.send("230 Welcome");
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            connection.send("USER", "alice");

            connection.send("PASS", "s3cret");

            assertThat(transcript.commands()).containsExactly("USER alice", "PASS ****");
            assertThat(connection.state().loggedIn()).isTrue();
        }
    }

    @Test
    void keepaliveRepliesAfterTheTransferReplyAreReadBeforeTheNextCommand() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("USER");
            session.send("230 Welcome");
            session.expect("EPSV");
            session.send("229 Entering Extended Passive Mode (|||40000|)");
            session.expect("RETR big");
            session.send("150 Sending");
            session.expect("NOOP");
            session.expect("NOOP");
            // Like servers that run one command at a time: NOOPs answered after the 226.
            session.send("226 Done", "200 NOOP ok", "200 NOOP ok");
            session.expect("SIZE big");
            session.send("213 42");
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            connection.send("USER", "anonymous");
            connection.send("EPSV", "");
            connection.send("RETR", "big");
            connection.sendKeepalive();
            connection.sendKeepalive();

            Reply transferEnd = connection.readReply();
            Reply size = connection.send("SIZE", "big");

            assertThat(transferEnd.code()).isEqualTo(226);
            assertThat(size.code()).isEqualTo(213);
            assertThat(size.lines()).containsExactly("42");
        }
    }

    @Test
    void keepaliveRepliesBeforeTheTransferReplyAreSkipped() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("USER");
            session.send("230 Welcome");
            session.expect("EPSV");
            session.send("229 Entering Extended Passive Mode (|||40000|)");
            session.expect("RETR big");
            session.send("150 Sending");
            session.expect("NOOP");
            session.send("200 NOOP ok");
            session.send("226 Done");
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            connection.send("USER", "anonymous");
            connection.send("EPSV", "");
            connection.send("RETR", "big");
            connection.sendKeepalive();

            Reply transferEnd = connection.readReply();

            assertThat(transferEnd.code()).isEqualTo(226);
            assertThat(connection.state().dataConnectionPrepared()).isFalse();
        }
    }

    @Test
    void serverClosingMidSessionFailsWithTheCommandThatWaited() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("USER");
            session.hangUp();
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> connection.send("USER", "alice"))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessage("server closed the control connection while USER alice waited"
                            + " for its reply");
            assertThat(connection.isOpen()).isFalse();
        }
    }

    @Test
    void silentServerFailsAfterTheReadTimeout() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("NOOP");
            Thread.sleep(1500);
        }); ControlConnection connection = connect(server, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> connection.send("NOOP", ""))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessage("no reply to NOOP within the read timeout");
            assertThatThrownBy(() -> connection.send("NOOP", ""))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageStartingWith("control connection unusable after an earlier"
                            + " failure");
        }
    }

    @Test
    void malformedReplyFailsTheConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("SYST");
            session.send("UNIX Type: L8");
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> connection.send("SYST", ""))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageContaining("malformed reply")
                    .hasMessageContaining("UNIX Type: L8");
        }
    }

    @Test
    void argumentWithALineBreakIsRefusedBeforeSending() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> session.send("220 Ready"));
                ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> connection.send("USER", "x\r\nDELE /important"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CR or LF");
            assertThat(transcript.commands()).isEmpty();
        }
    }

    @Test
    void rawLinesSkipTheSequencingCheck() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("RNTO b.txt");
            session.send("503 RNFR required first");
        }); ControlConnection connection = connect(server, Duration.ofSeconds(5))) {
            connection.sendLine("RNTO b.txt");

            Reply reply = connection.readReply();

            assertThat(reply.code()).isEqualTo(503);
            assertThat(server.received()).isEqualTo(List.of("RNTO b.txt"));
        }
    }
}
