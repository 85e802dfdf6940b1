package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.ScriptedServer;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a probe needs of the control connection: unchecked lines and a shorter wait. */
@Timeout(30)
class ControlConnectionProbingTest {

    private static ControlConnection connect(ScriptedServer server) throws FtpException {
        return ControlConnection.connect("127.0.0.1", server.port(), Duration.ofSeconds(5),
                Duration.ofSeconds(20), TranscriptListener.NONE);
    }

    @Test
    void sendLineSendsWhatTheRulesWouldRefuse() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("RNTO b.txt");
            session.send("503 RNFR required first");
        }); ControlConnection connection = connect(server)) {
            assertThatThrownBy(() -> connection.send("RNTO", "b.txt"))
                    .isInstanceOf(FtpSequenceException.class);

            connection.sendLine("RNTO b.txt");

            assertThat(connection.readReply().code()).isEqualTo(503);
        }
    }

    @Test
    void shorterReadTimeoutGivesUpOnASilentServerSooner() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("LIST");
            session.send("150 Opening data connection");
            Thread.sleep(5_000);
        }); ControlConnection connection = connect(server)) {
            connection.readTimeout(Duration.ofMillis(300));
            connection.sendLine("LIST");
            assertThat(connection.readReply().code()).isEqualTo(150);
            long started = System.nanoTime();

            assertThatThrownBy(connection::readReply)
                    .isInstanceOf(FtpConnectionException.class)
                    .hasCauseInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void readTimeoutOnAClosedConnectionThrows() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> session.send("220 Ready"))) {
            ControlConnection connection = connect(server);
            connection.close();

            assertThatThrownBy(() -> connection.readTimeout(Duration.ofSeconds(1)))
                    .isInstanceOf(FtpConnectionException.class)
                    .hasMessageContaining("already closed");
        }
    }
}
