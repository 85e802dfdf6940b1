package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpDataConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.io.Closeable;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the data connection of the next transfer: passive (EPSV, falling back to PASV
 * for good once a server refuses EPSV) or active (EPRT, falling back to PORT).
 */
public final class DataConnector {

    private static final Logger log = LoggerFactory.getLogger(DataConnector.class);

    private final CommandChannel commands;
    private final ClientSettings settings;
    private boolean epsvRefused;
    private boolean eprtRefused;

    /** Creates a connector that sends its commands over {@code commands}. */
    public DataConnector(CommandChannel commands, ClientSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    /**
     * Sends EPSV/PASV and connects, or listens and sends EPRT/PORT. The transfer command
     * must follow; {@link Prepared#open()} then returns the connected socket.
     */
    public Prepared prepare() throws FtpException {
        return settings.passive() ? passive() : active();
    }

    /** A data connection set up on the control connection, to be used by the next transfer. */
    public interface Prepared extends Closeable {

        /** Returns the connected data socket; in active mode waits for the server to connect. */
        Socket open() throws FtpException;

        /** Releases the socket or listener if the transfer never used it. */
        @Override
        void close();
    }

    private Prepared passive() throws FtpException {
        InetSocketAddress control = commands.connection().remoteAddress();
        if (!epsvRefused) {
            Reply reply = commands.send(Verb.EPSV, "");
            if (reply.code() == 229) {
                int port = PassiveAddresses.fromEpsv(reply.text()).orElseThrow(
                        () -> new FtpReplyException("EPSV", reply, "EPSV reply names no port: "
                                + reply.text(), null));
                return connect(new InetSocketAddress(control.getAddress(), port), reply);
            }
            if (reply.code() / 100 != 5) {
                throw ReplyFailures.of("EPSV", "", reply);
            }
            // RFC 2428 servers answer 229; 500/502 means an older server: PASV from now on.
            epsvRefused = true;
            log.debug("{} EPSV refused with {}; using PASV", commands.connection().id(),
                    reply.code());
        }
        Reply reply = commands.complete(Verb.PASV, "");
        InetSocketAddress named = PassiveAddresses.fromPasv(reply.text()).orElseThrow(
                () -> new FtpReplyException("PASV", reply, "PASV reply names no usable"
                        + " address: " + reply.text(), null));
        InetSocketAddress target = PassiveAddresses.choose(named, control.getAddress(),
                settings.trustPassiveAddress());
        if (!target.equals(named)) {
            log.debug("{} PASV named {}; connecting to the control peer {} instead",
                    commands.connection().id(), named, target);
        }
        return connect(target, reply);
    }

    private Prepared connect(InetSocketAddress target, Reply reply)
            throws FtpDataConnectionException {
        Socket socket = null;
        try {
            socket = settings.sockets().createSocket();
            socket.connect(target, settings.connectTimeoutMillis());
            socket.setSoTimeout(settings.dataTimeoutMillis());
            Socket connected = socket;
            return new Prepared() {
                @Override
                public Socket open() {
                    return connected;
                }

                @Override
                public void close() {
                    closeQuietly(connected);
                }
            };
        } catch (IOException e) {
            closeQuietly(socket);
            throw new FtpDataConnectionException("cannot open the data connection to "
                    + target.getAddress().getHostAddress() + ":" + target.getPort()
                    + " announced by " + reply.code() + " " + reply.lines().get(0) + ": " + e, e);
        }
    }

    private Prepared active() throws FtpException {
        InetAddress local = commands.connection().localAddress().getAddress();
        ServerSocket listener = listen(local);
        try {
            announce(local, listener.getLocalPort());
        } catch (FtpException | RuntimeException e) {
            closeQuietly(listener);
            throw e;
        }
        InetAddress server = commands.connection().remoteAddress().getAddress();
        return new Prepared() {
            @Override
            public Socket open() throws FtpException {
                return accept(listener, server);
            }

            @Override
            public void close() {
                closeQuietly(listener);
            }
        };
    }

    private ServerSocket listen(InetAddress local) throws FtpDataConnectionException {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(local, 0), 1);
            listener.setSoTimeout(settings.dataTimeoutMillis());
            return listener;
        } catch (IOException e) {
            throw new FtpDataConnectionException("cannot listen on " + local.getHostAddress()
                    + " for an active data connection: " + e, e);
        }
    }

    private void announce(InetAddress local, int port) throws FtpException {
        if (!eprtRefused) {
            int family = local instanceof Inet6Address ? 2 : 1;
            String argument = "|" + family + "|" + local.getHostAddress() + "|" + port + "|";
            Reply reply = commands.send(Verb.EPRT, argument);
            if (reply.code() == 200) {
                return;
            }
            if (reply.code() / 100 != 5 || !(local instanceof Inet4Address)) {
                throw ReplyFailures.of("EPRT", argument, reply);
            }
            eprtRefused = true;
        }
        byte[] a = local.getAddress();
        commands.complete(Verb.PORT, (a[0] & 0xff) + "," + (a[1] & 0xff) + ","
                + (a[2] & 0xff) + "," + (a[3] & 0xff) + "," + (port >> 8) + "," + (port & 0xff));
    }

    private Socket accept(ServerSocket listener, InetAddress server)
            throws FtpDataConnectionException {
        try (listener) {
            Socket socket = listener.accept();
            if (!socket.getInetAddress().equals(server)) {
                // Only the server may connect back; anyone else could inject or steal data.
                closeQuietly(socket);
                throw new IOException("connection came from " + socket.getInetAddress()
                        .getHostAddress() + ", not from the server " + server.getHostAddress());
            }
            socket.setSoTimeout(settings.dataTimeoutMillis());
            return socket;
        } catch (IOException e) {
            throw new FtpDataConnectionException("server did not open the active data"
                    + " connection to " + listener.getLocalSocketAddress() + ": " + e, e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // An unused data socket or listener: nothing was sent over it, nothing is lost.
        }
    }
}
