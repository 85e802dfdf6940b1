package dev.ftpkit.client.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;

/**
 * A socket factory for tests whose sockets refuse, before sending anything, to connect to
 * any address but loopback, and that record every address asked for. Tests that feed the
 * client foreign addresses use it so that no packet ever leaves the machine, even when the
 * client under test is wrong.
 */
public final class LoopbackOnlySockets extends SocketFactory {

    private final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();

    /** Returns every address a socket was asked to connect to, refused ones included. */
    public List<InetSocketAddress> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                InetSocketAddress target = (InetSocketAddress) endpoint;
                attempts.add(target);
                if (target.getAddress() == null || !target.getAddress().isLoopbackAddress()) {
                    throw new ConnectException("test refuses to leave loopback: " + target);
                }
                super.connect(endpoint, timeout);
            }
        };
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("the client creates unconnected sockets");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("the client creates unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("the client creates unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
            int localPort) {
        throw new UnsupportedOperationException("the client creates unconnected sockets");
    }
}
