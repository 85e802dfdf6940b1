package dev.ftpkit.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A control connection driven byte by byte, for what real clients never send: pipelined
 * commands in one write, oversized lines, NUL bytes, commands out of order.
 */
public final class RawControl implements AutoCloseable {

    private static final int MAX_REPLY_LINE = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawControl(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code address} with a 10-second read timeout. */
    public static RawControl connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 5_000);
        socket.setSoTimeout(10_000);
        return new RawControl(socket);
    }

    /** Drives an already connected {@code socket}, for tests that tune it before connecting. */
    public static RawControl wrap(Socket socket) throws IOException {
        return new RawControl(socket);
    }

    /** Writes {@code text} as UTF-8 in one write, line ends included by the caller. */
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends one command line with CRLF and returns its (first) reply. */
    public Reply send(String line) throws IOException {
        write(line + "\r\n");
        return readReply();
    }

    /** Logs in as {@code user} with the test password, asserting nothing. */
    public Reply login(String user) throws IOException {
        send("USER " + user);
        return send("PASS " + TestServer.PASSWORD);
    }

    /** Reads one reply, all lines of a multi-line one. */
    public Reply readReply() throws IOException {
        String first = readLine();
        if (first == null) {
            throw new IOException("connection closed before a reply");
        }
        List<String> lines = new ArrayList<>();
        lines.add(first);
        if (first.length() > 3 && first.charAt(3) == '-') {
            String end = first.substring(0, 3) + " ";
            String line;
            do {
                line = readLine();
                if (line == null) {
                    throw new IOException("connection closed inside a multi-line reply");
                }
                lines.add(line);
            } while (!line.startsWith(end));
        }
        return new Reply(Integer.parseInt(first.substring(0, 3)), lines);
    }

    /** Returns whether the server closed the connection (reads end of stream). */
    public boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true; // reset: closed as well
        }
    }

    public Socket socket() {
        return socket;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                        ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
            if (line.size() > MAX_REPLY_LINE) {
                throw new IOException("reply line longer than " + MAX_REPLY_LINE);
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * A reply as read: its code and its raw lines.
     *
     * @param code the reply code
     * @param lines every line as sent, code prefixes included
     */
    public record Reply(int code, List<String> lines) {

        /** Returns the text of the first line after the code. */
        public String text() {
            return lines.get(0).length() > 4 ? lines.get(0).substring(4) : "";
        }

        @Override
        public String toString() {
            return String.join("\n", lines);
        }
    }
}
