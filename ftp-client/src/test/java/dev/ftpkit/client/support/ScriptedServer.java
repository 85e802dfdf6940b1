package dev.ftpkit.client.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A fake FTP server on 127.0.0.1 that plays a script for one session, to make the client
 * face replies real servers send only when something is wrong.
 *
 * <p>The script runs on its own thread with a 10-second socket timeout on every read, so a
 * script waiting for a command that never comes ends by itself. Every command line received
 * is recorded.
 */
public final class ScriptedServer implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final ServerSocket listener;
    private final Thread thread;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;

    /** The steps of one session, run against the accepted control connection. */
    @FunctionalInterface
    public interface Script {
        void run(Session session) throws Exception;
    }

    private ScriptedServer(Script script) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        listener.setSoTimeout(TIMEOUT_MILLIS);
        thread = new Thread(() -> serve(script), "scripted-ftp-" + listener.getLocalPort());
        thread.setDaemon(true);
    }

    /** Starts a server that will play {@code script} for the first connection. */
    public static ScriptedServer start(Script script) throws IOException {
        ScriptedServer server = new ScriptedServer(script);
        server.thread.start();
        return server;
    }

    /** Returns the control port. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Returns every command line received, in order. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Waits for the script to end and rethrows what made it fail, if anything. */
    public void awaitScript() throws Exception {
        thread.join(TimeUnit.SECONDS.toMillis(20));
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void serve(Script script) {
        try (Socket socket = listener.accept()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            script.run(new Session(socket));
        } catch (Throwable e) {
            failure = e;
        }
    }

    /** The server side of the session, as a script sees it. */
    public final class Session {

        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            this.out = socket.getOutputStream();
        }

        /** Sends {@code lines}, each followed by CRLF. */
        public void send(String... lines) throws IOException {
            for (String line : lines) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }

        /** Returns the next command line, or null when the client closed the connection. */
        public String read() throws IOException {
            String line = in.readLine();
            if (line != null) {
                received.add(line);
            }
            return line;
        }

        /** Reads the next command and fails unless it starts with {@code prefix}. */
        public String expect(String prefix) throws IOException {
            String line = read();
            if (line == null || !line.startsWith(prefix)) {
                throw new AssertionError("expected a command starting with '" + prefix
                        + "', got " + (line == null ? "end of stream" : "'" + line + "'"));
            }
            return line;
        }

        /** Greets, accepts USER (any name) with 230, and answers FEAT with {@code features}. */
        public void loginWithFeatures(String... features) throws IOException {
            send("220 scripted server ready");
            expect("USER");
            send("230 Logged in");
            expect("FEAT");
            String[] reply = new String[features.length + 2];
            reply[0] = "211-Features:";
            for (int i = 0; i < features.length; i++) {
                reply[i + 1] = " " + features[i];
            }
            reply[reply.length - 1] = "211 End";
            send(reply);
            expect("TYPE I");
            send("200 Binary");
        }

        /** Opens a passive data listener on 127.0.0.1 and an ephemeral port. */
        public ServerSocket openDataListener() throws IOException {
            ServerSocket data = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
            data.setSoTimeout(TIMEOUT_MILLIS);
            return data;
        }

        /** Expects EPSV and answers it with the port of {@code data}. */
        public void answerEpsv(ServerSocket data) throws IOException {
            expect("EPSV");
            send("229 Entering Extended Passive Mode (|||" + data.getLocalPort() + "|)");
        }

        /** Returns the client's end of the control connection. */
        public InetSocketAddress clientAddress() {
            return (InetSocketAddress) socket.getRemoteSocketAddress();
        }

        /** Closes the control connection abruptly. */
        public void hangUp() throws IOException {
            socket.close();
        }
    }
}
