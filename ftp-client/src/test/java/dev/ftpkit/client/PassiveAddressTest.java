package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.LoopbackOnlySockets;
import dev.ftpkit.client.support.ScriptedServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server behind NAT answers PASV with its inside address. The fake server here answers
 * 227 with 10.1.2.3 while the control connection runs to 127.0.0.1; the client must
 * connect to 127.0.0.1. Sockets come from {@link LoopbackOnlySockets}, so even a wrong
 * client sends nothing to 10.1.2.3.
 */
@Timeout(30)
class PassiveAddressTest {

    private final LoopbackOnlySockets sockets = new LoopbackOnlySockets();

    @Test
    void privateAddressInPasvReplyIsReplacedByTheControlAddress() throws Exception {
        AtomicReference<InetSocketAddress> dataPeer = new AtomicReference<>();
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("PASV", "SIZE");
            session.expect("EPSV");
            session.send("500 EPSV not understood");
            try (ServerSocket data = session.openDataListener()) {
                int port = data.getLocalPort();
                session.expect("PASV");
                session.send("227 Entering Passive Mode (10,1,2,3," + (port >> 8) + ","
                        + (port & 0xff) + ")");
                session.expect("RETR nat.txt");
                session.send("150 Opening BINARY mode data connection");
                try (Socket connection = data.accept(); OutputStream out =
                        connection.getOutputStream()) {
                    dataPeer.set((InetSocketAddress) connection.getRemoteSocketAddress());
                    out.write("through the control address".getBytes(StandardCharsets.UTF_8));
                }
                session.send("226 Transfer complete");
            }
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            try (FtpClient client = client(server, false)) {
                client.download("nat.txt", content);
            }
            server.awaitScript();

            assertThat(content.toString(StandardCharsets.UTF_8))
                    .isEqualTo("through the control address");
            assertThat(sockets.attempts()).extracting(address -> address.getAddress()
                    .getHostAddress()).containsOnly("127.0.0.1");
            assertThat(dataPeer.get().getAddress().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    void trustedPasvAddressIsUsedAsTheServerSaid() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("PASV");
            session.expect("EPSV");
            session.send("502 EPSV not implemented");
            session.expect("PASV");
            session.send("227 Entering Passive Mode (10,1,2,3,195,80)");
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            try (FtpClient client = client(server, true)) {
                assertThatThrownBy(() -> client.download("nat.txt", new ByteArrayOutputStream()))
                        .isInstanceOf(FtpDataConnectionException.class)
                        .hasMessageContaining("10.1.2.3:50000");
            }
            server.awaitScript();

            assertThat(sockets.attempts()).last()
                    .isEqualTo(new InetSocketAddress("10.1.2.3", 50000));
            assertThat(server.received()).noneMatch(line -> line.startsWith("RETR"));
        }
    }

    @Test
    void epsvReplyIsConnectedOnTheControlAddress() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(session -> {
            session.loginWithFeatures("EPSV");
            try (ServerSocket data = session.openDataListener()) {
                session.answerEpsv(data);
                session.expect("RETR e.txt");
                session.send("150 Here it comes");
                try (Socket connection = data.accept()) {
                    connection.getOutputStream().write('e');
                }
                session.send("226 Done");
            }
            session.expect("QUIT");
            session.send("221 Bye");
        })) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            try (FtpClient client = client(server, false)) {
                client.download("e.txt", content);
            }
            server.awaitScript();

            assertThat(content.toString(StandardCharsets.UTF_8)).isEqualTo("e");
            assertThat(server.received()).noneMatch(line -> line.startsWith("PASV"));
        }
    }

    private FtpClient client(ScriptedServer server, boolean trustPassiveAddress)
            throws FtpException {
        return FtpClient.builder()
                .host("127.0.0.1")
                .port(server.port())
                .socketFactory(sockets)
                .trustPassiveAddress(trustPassiveAddress)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .dataTimeout(Duration.ofSeconds(10))
                .connect();
    }
}
