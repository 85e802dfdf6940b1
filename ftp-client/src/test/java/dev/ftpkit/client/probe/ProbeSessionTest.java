package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.client.support.ScriptedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One probe session against scripted replies: exchanges, silences and how it ends. */
@Timeout(30)
class ProbeSessionTest {

    private static ProbeSettings settings(ScriptedServer server) {
        return ProbeSettings.of("127.0.0.1", server.port(), "alice", "s3cret")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void readsPreliminaryRepliesThroughToTheFinalOne() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("LIST");
            session.send("150 Here it comes", "425 Cannot open data connection");
        }); ProbeSession session = ProbeSession.open(settings(server))) {
            Exchange list = session.exchange("LIST");

            assertThat(list.code()).isEqualTo(425);
            assertThat(list.hadPreliminary()).isTrue();
            assertThat(list.received()).containsExactly("150 Here it comes",
                    "425 Cannot open data connection");
        }
    }

    @Test
    void saysHowLongItWaitedWhenNoReplyCame() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("LIST");
            session.send("150 Waiting for you");
            Thread.sleep(3_000);
        }); ProbeSession session = ProbeSession.open(settings(server))) {
            Exchange list = session.exchange("LIST", Duration.ofMillis(500));

            assertThat(list.finalReply()).isEmpty();
            assertThat(list.silence()).isEqualTo("no reply within 0.5 s");
            assertThat(list.received()).containsExactly("150 Waiting for you",
                    "(no reply within 0.5 s)");
        }
    }

    @Test
    void masksThePasswordOfAnOutOfOrderPass() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("PASS guess");
            session.send("503 Login with USER first");
        }); ProbeSession session = ProbeSession.open(settings(server))) {
            Exchange pass = session.exchange("PASS guess");

            assertThat(pass.command()).isEqualTo("PASS ****");
        }
    }

    @Test
    void closesWithoutQuitOnceAuthTlsWasAccepted() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("AUTH TLS");
            session.send("234 Proceed with negotiation");
            // A TLS server now reads a handshake; the probe must not send clear text.
            assertThat(session.read()).isNull();
        })) {
            ProbeSession session = ProbeSession.open(settings(server));
            assertThat(session.exchange("AUTH TLS").code()).isEqualTo(234);

            session.close();

            server.awaitScript();
            assertThat(server.received()).containsExactly("AUTH TLS");
        }
    }

    @Test
    void quitsAClearTextSession() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            ProbeSession session = ProbeSession.open(settings(server));

            session.close();

            server.awaitScript();
            assertThat(server.received()).containsExactly("QUIT");
        }
    }
}
