package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.support.ScriptedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The probe against scripted replies that no server we run sends: malformed FEAT lines, a
 * server too slow for a check, a refused login. One check runs per test.
 */
@Timeout(30)
class ServerProbeScriptedTest {

    private static ProbeSettings settings(ScriptedServer server) {
        return ProbeSettings.of("127.0.0.1", server.port(), "alice", "s3cret-probe")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /** Plays the probe's set-up (login, TYPE I, FEAT with {@code feat}) and, last, QUIT. */
    private static ScriptedServer serve(List<String> feat, ScriptedServer.Script check)
            throws IOException {
        return ScriptedServer.start(session -> {
            session.send("220-Welcome to the scripted server", "220 Ready");
            session.expect("USER alice");
            session.send("331 Password please");
            session.expect("PASS s3cret-probe");
            session.send("230 Logged in");
            session.expect("TYPE I");
            session.send("200 Binary");
            session.expect("FEAT");
            session.send(feat.toArray(String[]::new));
            check.run(session);
            if ("QUIT".equals(session.read())) {
                session.send("221 Bye");
            }
        });
    }

    private static CheckResult runOne(ScriptedServer server, ProbeCheck check)
            throws FtpException {
        return ServerProbe.run(settings(server), List.of(check)).results().get(0);
    }

    @Test
    void failsFeatureLinesWithoutTheLeadingSpace() throws Exception {
        try (ScriptedServer server = serve(List.of("211-Features:", "MDTM", " SIZE",
                "211 End"), session -> { })) {
            CheckResult result = runOne(server, new FeatCheck());

            assertThat(result.verdict()).isEqualTo(CheckVerdict.FAIL);
            assertThat(result.note()).contains("single space", "MDTM").doesNotContain("SIZE");
        }
    }

    @Test
    void passesASingleLine211AsNoFeatures() throws Exception {
        try (ScriptedServer server = serve(List.of("211 No features"), session -> { })) {
            CheckResult result = runOne(server, new FeatCheck());

            assertThat(result.verdict()).isEqualTo(CheckVerdict.PASS);
            assertThat(result.note()).startsWith("no features");
        }
    }

    @Test
    void skipsFeatWhereTheServerLacksIt() throws Exception {
        try (ScriptedServer server = serve(List.of("502 FEAT not implemented"),
                session -> { })) {
            CheckResult result = runOne(server, new FeatCheck());

            assertThat(result.verdict()).isEqualTo(CheckVerdict.SKIP);
            assertThat(result.received()).containsExactly("502 FEAT not implemented");
        }
    }

    @Test
    void warnsWhenFeatDoesNotEndWithEnd() throws Exception {
        try (ScriptedServer server = serve(List.of("211-Features:", " SIZE", "211 Done"),
                session -> { })) {
            CheckResult result = runOne(server, new FeatCheck());

            assertThat(result.verdict()).isEqualTo(CheckVerdict.WARN);
            assertThat(result.note()).contains("211 Done");
        }
    }

    @Test
    void showsAMultiLineGreetingAsOnTheWire() throws Exception {
        try (ScriptedServer server = serve(List.of("211 No features"), session -> { })) {
            CheckResult result = runOne(server, new GreetingCheck());

            assertThat(result.verdict()).isEqualTo(CheckVerdict.PASS);
            assertThat(result.received()).containsExactly(
                    "220-Welcome to the scripted server", "220 Ready");
        }
    }

    @Test
    void stopsACheckThatOutlastsItsTimeAndFailsIt() throws Exception {
        ProbeCheck patient = new ProbeCheck() {
            @Override
            public String id() {
                return "patient";
            }

            @Override
            public String title() {
                return "Waits a minute for NOOP";
            }

            @Override
            public CheckResult run(ProbeContext context) throws FtpException {
                Exchange noop = context.shared().exchange("NOOP", Duration.ofMinutes(1));
                return report().exchange(noop).pass("");
            }
        };
        try (ScriptedServer server = serve(List.of("211 No features"), session -> {
            session.expect("NOOP");
            Thread.sleep(8_000);
        })) {
            ProbeSettings quick = settings(server)
                    .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300))
                    .withDataWait(Duration.ofMillis(300));
            long started = System.nanoTime();

            CheckResult result = ServerProbe.run(quick, List.of(patient)).results().get(0);

            assertThat(result.verdict()).isEqualTo(CheckVerdict.FAIL);
            assertThat(result.note()).startsWith("stopped after 3.3 s");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(
                    Duration.ofSeconds(7));
        }
    }

    @Test
    void refusedLoginEndsTheProbeWithTheMaskedCommand() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.send("220 Ready");
            session.expect("USER alice");
            session.send("331 Password please");
            session.expect("PASS");
            session.send("530 Login incorrect");
        })) {
            assertThatThrownBy(() -> ServerProbe.run(settings(server)))
                    .isInstanceOf(FtpLoginException.class)
                    .hasMessage("login refused at PASS ****: 530 Login incorrect");
        }
    }

    @Test
    void unreachableServerEndsTheProbeWithAConnectionError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ProbeSettings settings = ProbeSettings.of("127.0.0.1", closedPort, "alice", "x");

        assertThatThrownBy(() -> ServerProbe.run(settings))
                .isInstanceOf(FtpConnectionException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + closedPort);
    }
}
