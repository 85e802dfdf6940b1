package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections past the configured limits get 421 and are closed before any command is read,
 * as pyftpdlib (max_cons, max_cons_per_ip) and vsftpd (max_clients, max_per_ip) do; without a
 * limit, one client opening connections in a loop takes every file descriptor.
 */
@Timeout(30)
class SessionLimitTest {

    @TempDir
    Path root;

    @Test
    void connectionBeyondTheSessionLimitGets421AndIsClosed() throws IOException {
        try (TestServer server = TestServer.start(root, config -> config.maxSessions(2));
                RawControl first = server.raw();
                RawControl second = server.raw();
                RawControl third = RawControl.connect(server.server().localAddress())) {
            RawControl.Reply refused = third.readReply();

            assertThat(refused.code()).isEqualTo(421);
            assertThat(third.isClosedByServer()).isTrue();
            assertThat(first.send("NOOP").code()).isEqualTo(200);
            assertThat(second.send("NOOP").code()).isEqualTo(200);
        }
    }

    @Test
    void closedSessionFreesItsPlace() throws Exception {
        try (TestServer server = TestServer.start(root, config -> config.maxSessions(1))) {
            try (RawControl first = server.raw()) {
                first.send("QUIT");
            }

            RawControl.Reply greeting = greetingWithin(server, Duration.ofSeconds(5));

            assertThat(greeting.code()).isEqualTo(220);
        }
    }

    @Test
    void perAddressLimitCountsEachClientAddressApart() throws IOException {
        try (TestServer server = TestServer.start(root,
                config -> config.maxSessionsPerAddress(1));
                RawControl first = server.raw();
                RawControl sameAddress = RawControl.connect(server.server().localAddress());
                RawControl otherAddress = connectFrom("127.0.0.2", server)) {
            assertThat(sameAddress.readReply().code()).isEqualTo(421);
            assertThat(otherAddress.readReply().code()).isEqualTo(220);
            assertThat(first.send("NOOP").code()).isEqualTo(200);
        }
    }

    /** Connects until a greeting other than 421 comes: the old session closes asynchronously. */
    private static RawControl.Reply greetingWithin(TestServer server, Duration limit)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (RawControl next = RawControl.connect(server.server().localAddress())) {
                RawControl.Reply greeting = next.readReply();
                if (greeting.code() != 421 || System.nanoTime() > deadline) {
                    return greeting;
                }
            }
            Thread.sleep(50);
        }
    }

    private static RawControl connectFrom(String localAddress, TestServer server)
            throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(10_000);
        socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
        socket.connect(server.server().localAddress(), 5_000);
        return RawControl.wrap(socket);
    }
}
