package dev.ftpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class PeerFtpServerTest {

    @TempDir
    Path scratch;

    @Test
    void pyftpdlibLogsInItsUser() throws Exception {
        try (PyftpdlibServer server = PyftpdlibServer.start(scratch)) {
            String reply = login(server);

            assertThat(reply).startsWith("230");
        }
    }

    @Test
    void pyftpdlibWithoutMlsdAnswersItAsUnknown() throws Exception {
        try (PyftpdlibServer server = PyftpdlibServer.startWithout(scratch, Set.of("MLSD"))) {
            String reply = exchange(server, "MLSD");

            assertThat(reply).startsWith("500");
        }
    }

    @Test
    void vsftpdLogsInAnonymously() throws Exception {
        try (VsftpdServer server = VsftpdServer.start(scratch)) {
            String reply = login(server);

            assertThat(reply).startsWith("230");
        }
    }

    @Test
    void vsftpdCreatesDirectoriesInItsHome() throws Exception {
        try (VsftpdServer server = VsftpdServer.start(scratch)) {
            String reply = exchange(server, "MKD " + server.remoteHome() + "/made");

            assertThat(reply).startsWith("257");
            assertThat(server.localHome().resolve("made")).isDirectory();
        }
    }

    @Test
    void vsftpdHandOverLetsTheServerDeleteArrangedFiles() throws Exception {
        try (VsftpdServer server = VsftpdServer.start(scratch)) {
            Path arranged = Files.createDirectories(server.localHome().resolve("dir"));
            Files.writeString(arranged.resolve("a.txt"), "a");
            server.handOver();

            String reply = exchange(server, "DELE " + server.remoteHome() + "/dir/a.txt");

            assertThat(reply).startsWith("250");
            assertThat(arranged.resolve("a.txt")).doesNotExist();
        }
    }

    @Test
    void closedServerRefusesConnections() throws Exception {
        PyftpdlibServer server = PyftpdlibServer.start(scratch);
        int port = server.port();

        server.close();

        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port),
                2000)).isInstanceOf(ConnectException.class);
    }

    private static String login(PeerFtpServer server) throws IOException {
        return exchange(server, null);
    }

    /** Logs in over a raw socket, sends {@code command} if given, returns the last reply line. */
    private static String exchange(PeerFtpServer server, String command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 5000);
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            assertThat(readReply(in)).startsWith("220");
            send(out, "USER " + server.user());
            String reply = readReply(in);
            if (reply.startsWith("331")) {
                send(out, "PASS " + server.password());
                reply = readReply(in);
            }
            if (command == null) {
                return reply;
            }
            send(out, command);
            return readReply(in);
        }
    }

    private static void send(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    private static String readReply(BufferedReader in) throws IOException {
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            String code = line.substring(0, 3);
            do {
                line = in.readLine();
            } while (line != null && !(line.startsWith(code) && line.charAt(3) == ' '));
        }
        return line;
    }
}
