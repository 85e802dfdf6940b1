package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ftpkit.server.support.DataSocket;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data connections: PORT/EPRT only to the client itself above port 1024 (RFC 2577), passive
 * connections only from the client (port theft), the passive port range, and IPv6.
 */
@Timeout(30)
class DataConnectionTest {

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
        raw = server.raw();
        raw.login("alice");
        Files.writeString(root.resolve("a.txt"), "payload");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void portToAnotherAddressIsRefusedAndNeverConnected() throws IOException {
        try (ServerSocket thirdParty = new ServerSocket()) {
            thirdParty.bind(new InetSocketAddress("127.0.0.2", 0));
            int port = thirdParty.getLocalPort();

            Reply reply = raw.send("PORT 127,0,0,2," + (port >> 8) + "," + (port & 0xff));
            Reply retr = raw.send("RETR a.txt");

            assertThat(reply.code()).isEqualTo(504);
            assertThat(retr.code()).isEqualTo(425);
            thirdParty.setSoTimeout(300);
            assertThatThrownBy(thirdParty::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void eprtToAnotherAddressIsRefused() throws IOException {
        Reply reply = raw.send("EPRT |1|127.0.0.2|40000|");

        assertThat(reply.code()).isEqualTo(504);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPRT |2|::1|40000|", "EPRT |2|::ffff:127.0.0.1|40000|"})
    void eprtOfTheOtherAddressFamilyRepliesNetworkProtocolNotSupported(String command)
            throws IOException {
        // RFC 2428 2: 522 names the family the server can use; pyftpdlib answers the same.
        Reply reply = raw.send(command);

        assertThat(reply.code()).isEqualTo(522);
        assertThat(reply.text()).contains("(1)");
    }

    @Test
    void portToAPrivilegedPortIsRefused() throws IOException {
        Reply reply = raw.send("PORT 127,0,0,1,0,80");

        assertThat(reply.code()).isEqualTo(504);
    }

    @Test
    void malformedPortReplies501() throws IOException {
        assertThat(raw.send("PORT 127,0,0,1,300,1").code()).isEqualTo(501);
        assertThat(raw.send("PORT 127,0,0,1").code()).isEqualTo(501);
        assertThat(raw.send("EPRT |1|127.0.0.1|notaport|").code()).isEqualTo(501);
        assertThat(raw.send("EPRT |1|999.0.0.1|40000|").code()).isEqualTo(501);
    }

    @Test
    void eprtWithAnUnknownFamilyReplies522() throws IOException {
        Reply reply = raw.send("EPRT |3|127.0.0.1|40000|");

        assertThat(reply.code()).isEqualTo(522);
    }

    @Test
    void passiveConnectionFromAnotherAddressIsRefusedAndTheClientStillConnects()
            throws IOException {
        Reply pasv = raw.send("PASV");
        int port = DataSocket.port(pasv);

        try (Socket thief = new Socket()) {
            thief.bind(new InetSocketAddress("127.0.0.2", 0));
            thief.setSoTimeout(5_000);
            thief.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            assertThat(thief.getInputStream().read()).isEqualTo(-1); // closed by the server
        }
        try (Socket data = DataSocket.open(raw, pasv)) {
            Reply opening = raw.send("RETR a.txt");
            byte[] received = data.getInputStream().readAllBytes();

            assertThat(opening.code()).isEqualTo(150);
            assertThat(new String(received, StandardCharsets.UTF_8)).isEqualTo("payload");
        }
        assertThat(raw.readReply().code()).isEqualTo(226);
    }

    @Test
    void epsvAnnouncesAPortTheClientCanUse() throws IOException {
        Reply epsv = raw.send("EPSV");

        try (Socket data = DataSocket.open(raw, epsv)) {
            raw.send("RETR a.txt");
            byte[] received = data.getInputStream().readAllBytes();

            assertThat(epsv.code()).isEqualTo(229);
            assertThat(new String(received, StandardCharsets.UTF_8)).isEqualTo("payload");
        }
        assertThat(raw.readReply().code()).isEqualTo(226);
    }

    @Test
    void epsvForTheOtherFamilyReplies522() throws IOException {
        Reply reply = raw.send("EPSV 2");

        assertThat(reply.code()).isEqualTo(522);
    }

    @Test
    void passivePortsComeFromTheConfiguredRange() throws IOException {
        int first = freePort();
        restart(builder -> builder.passivePorts(first, first + 2));

        for (int i = 0; i < 3; i++) {
            int port = DataSocket.port(raw.send("PASV"));
            assertThat(port).isBetween(first, first + 2);
        }
    }

    @Test
    void exhaustedPassiveRangeReplies425() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            restart(builder -> builder.passivePorts(port, port));

            Reply reply = raw.send("PASV");

            assertThat(reply.code()).isEqualTo(425);
            assertThat(raw.send("NOOP").code()).isEqualTo(200);
        }
    }

    @Test
    void secondPasvReleasesTheFirstListenersPort() throws IOException {
        int port = freePort();
        restart(builder -> builder.passivePorts(port, port));
        raw.send("PASV"); // takes the only port
        Reply second = raw.send("PASV"); // must get the same port back

        try (Socket data = DataSocket.open(raw, second)) {
            Reply opening = raw.send("RETR a.txt");
            byte[] received = data.getInputStream().readAllBytes();

            assertThat(second.code()).isEqualTo(227);
            assertThat(DataSocket.port(second)).isEqualTo(port);
            assertThat(opening.code()).isEqualTo(150);
            assertThat(received).hasSize(7);
        }
    }

    @Test
    void failedPasvLeavesNoDataConnectionPrepared() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            restart(builder -> builder.passivePorts(taken.getLocalPort(), taken.getLocalPort()));
            Reply port = raw.send("PORT 127,0,0,1,200,10");
            Reply failed = raw.send("PASV");

            Reply transfer = raw.send("RETR a.txt");

            assertThat(port.code()).isEqualTo(200);
            assertThat(failed.code()).isEqualTo(425);
            assertThat(transfer.code()).isEqualTo(425);
        }
    }

    @Test
    void downloadsOverIpv6WithEprtAndEpsv() throws IOException {
        InetAddress ipv6 = InetAddress.getByName("::1");
        assumeTrue(canBind(ipv6), "IPv6 loopback ::1 is not available on this host");
        restart(builder -> builder.bindAddress(ipv6));
        FTPClient client = server.login("alice"); // to the address it listens on, ::1

        // Active mode on an IPv6 connection makes Commons Net send EPRT |2|::1|port|.
        client.enterLocalActiveMode();
        ByteArrayOutputStream active = new ByteArrayOutputStream();
        boolean activeDone = client.retrieveFile("a.txt", active);
        client.enterLocalPassiveMode();
        ByteArrayOutputStream passive = new ByteArrayOutputStream();
        boolean passiveDone = client.retrieveFile("a.txt", passive);

        assertThat(activeDone).as(client.getReplyString()).isTrue();
        assertThat(active.toString(StandardCharsets.UTF_8)).isEqualTo("payload");
        assertThat(passiveDone).as(client.getReplyString()).isTrue();
        assertThat(passive.toString(StandardCharsets.UTF_8)).isEqualTo("payload");
    }

    private void restart(java.util.function.Consumer<FtpServerConfig.Builder> customize)
            throws IOException {
        server.close();
        server = TestServer.start(root, customize);
        raw = server.raw();
        raw.login("alice");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean canBind(InetAddress address) {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
