package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.DataSocket;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that pipelines commands and never reads the replies must not make the server keep
 * every reply in memory: the server stops running commands while its replies cannot be sent,
 * and goes on, in order, once the client reads again.
 */
@Timeout(60)
class ReplyBackpressureTest {

    private static final int HELP_FLOOD = 40_000;
    private static final int STAT_FLOOD = 50_000;

    @TempDir
    Path root;

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clientThatDoesNotReadStopsTheServerRunningItsCommands() throws Exception {
        try (RawControl raw = connectWithSmallReceiveBuffer()) {
            raw.login("alice");
            long before = usedDirectMemory();

            // About 13 MB of help texts for 200 KB of commands, then one with a visible effect.
            raw.write("HELP\r\n".repeat(HELP_FLOOD) + "MKD marker\r\n");
            Thread.sleep(2_000);
            long grown = usedDirectMemory() - before;
            boolean markerMadeWhileNotReading = Files.exists(root.resolve("marker"));
            ControlTranscript transcript = ControlTranscript.readUntil(
                    raw.socket().getInputStream(), "257 ");

            assertThat(grown).isLessThan(4L * 1024 * 1024);
            assertThat(markerMadeWhileNotReading).isFalse();
            assertThat(transcript.linesStartingWith("214 ")).isEqualTo(HELP_FLOOD);
            assertThat(root.resolve("marker")).isDirectory();
        }
    }

    @Test
    void statFloodDuringATransferIsNotAnsweredIntoMemory() throws Exception {
        Files.write(root.resolve("big.bin"), new byte[8 * 1024 * 1024]);
        try (RawControl raw = connectWithSmallReceiveBuffer()) {
            raw.login("alice");
            raw.send("TYPE I");
            Reply pasv = raw.send("PASV");
            try (Socket data = openStalledData(raw, pasv)) {
                raw.send("RETR big.bin");
                long before = usedDirectMemory();

                // About 10 MB of status replies, urgent commands the server may run at once.
                raw.write("STAT\r\n".repeat(STAT_FLOOD));
                Thread.sleep(2_000);
                long grown = usedDirectMemory() - before;
                data.setSoLinger(true, 0);
                data.close();
                raw.write("NOOP\r\n");
                ControlTranscript transcript = ControlTranscript.readUntil(
                        raw.socket().getInputStream(), "200 ");

                assertThat(grown).isLessThan(4L * 1024 * 1024);
                assertThat(transcript.linesStartingWith("211-")).isEqualTo(STAT_FLOOD);
                assertThat(transcript.linesStartingWith("426 ")).isEqualTo(1);
            }
        }
    }

    private RawControl connectWithSmallReceiveBuffer() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.setSoTimeout(20_000);
        socket.connect(server.server().localAddress(), 5_000);
        RawControl raw = RawControl.wrap(socket);
        raw.readReply();
        return raw;
    }

    private static Socket openStalledData(RawControl raw, Reply pasv) throws IOException {
        Socket data = new Socket();
        data.setReceiveBufferSize(4096);
        data.connect(new InetSocketAddress(raw.socket().getInetAddress(),
                DataSocket.port(pasv)), 5_000);
        return data;
    }

    private static long usedDirectMemory() {
        return ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric()
                .usedDirectMemory();
    }

    /** What the control connection said up to a line, counted by line starts. */
    private record ControlTranscript(Map<String, Integer> starts) {

        static ControlTranscript readUntil(InputStream socketIn, String last) throws IOException {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socketIn, StandardCharsets.UTF_8));
            Map<String, Integer> starts = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                starts.merge(line.substring(0, Math.min(4, line.length())), 1, Integer::sum);
                if (line.startsWith(last)) {
                    break;
                }
            }
            return new ControlTranscript(starts);
        }

        int linesStartingWith(String start) {
            return starts.getOrDefault(start, 0);
        }
    }
}
