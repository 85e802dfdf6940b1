package dev.ftpkit.server.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens the data side of a PASV or EPSV reply by hand. */
public final class DataSocket {

    private static final Pattern PASV =
            Pattern.compile("\\((\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\)");
    private static final Pattern EPSV = Pattern.compile("\\(\\|\\|\\|(\\d+)\\|\\)");

    private DataSocket() {
    }

    /** Returns the port announced in a 227 or 229 reply. */
    public static int port(RawControl.Reply reply) {
        Matcher pasv = PASV.matcher(reply.text());
        if (pasv.find()) {
            return Integer.parseInt(pasv.group(5)) * 256 + Integer.parseInt(pasv.group(6));
        }
        Matcher epsv = EPSV.matcher(reply.text());
        if (epsv.find()) {
            return Integer.parseInt(epsv.group(1));
        }
        throw new IllegalArgumentException("no port in " + reply);
    }

    /** Connects to the passive port the reply announced, on the control's host. */
    public static Socket open(RawControl control, RawControl.Reply reply) throws IOException {
        return open(control, reply, 0);
    }

    /**
     * Connects to the passive port, with a small receive buffer when {@code receiveBuffer} is
     * above 0, so the server's writes stall when the test does not read.
     */
    public static Socket open(RawControl control, RawControl.Reply reply, int receiveBuffer)
            throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress(control.socket().getInetAddress(), port(reply)),
                5_000);
        return socket;
    }
}
