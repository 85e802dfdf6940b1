package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the server. */
@Timeout(30)
class FtpServerTest {

    @TempDir
    Path root;

    @Test
    void startsOnAnEphemeralLoopbackPort() throws IOException {
        try (TestServer server = TestServer.start(root)) {
            assertThat(server.server().localAddress().getPort()).isPositive();
            assertThat(server.server().localAddress().getAddress().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    void portInUseFailsWithBindExceptionNamingAddressAndPort() throws IOException {
        try (TestServer first = TestServer.start(root)) {
            int port = first.port();

            assertThatThrownBy(() -> TestServer.start(root, builder -> builder.port(port)))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void missingRootFailsToStart() {
        FtpServerConfig config = FtpServerConfig.builder()
                .root(root.resolve("missing"))
                .users((name, password) -> java.util.Optional.empty())
                .port(0)
                .build();

        assertThatThrownBy(() -> FtpServer.start(config))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void closeEndsOpenSessions() throws IOException {
        TestServer server = TestServer.start(root);
        try (RawControl raw = server.raw()) {
            server.close();

            assertThat(raw.isClosedByServer()).isTrue();
        }
    }

    @Test
    void closeFreesThePortForANewServer() throws IOException {
        TestServer first = TestServer.start(root);
        int port = first.port();
        first.close();

        try (TestServer second = TestServer.start(root, builder -> builder.port(port))) {
            assertThat(second.port()).isEqualTo(port);
        }
    }

    @Test
    void closeIsIdempotent() throws IOException {
        TestServer server = TestServer.start(root);

        server.close();
        server.close();

        assertThat(server.server().localAddress()).isNotNull();
    }

    @Test
    void closeFreesPassivePorts() throws IOException {
        TestServer server = TestServer.start(root);
        int passivePort;
        try (RawControl raw = server.raw()) {
            raw.login("alice");
            passivePort = dev.ftpkit.server.support.DataSocket.port(raw.send("PASV"));
            server.close();
        }

        try (var socket = new java.net.ServerSocket(passivePort, 1,
                InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(passivePort);
        }
    }
}
