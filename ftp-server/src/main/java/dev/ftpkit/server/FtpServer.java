package dev.ftpkit.server;

import dev.ftpkit.server.internal.session.ControlChannelInitializer;
import dev.ftpkit.server.internal.session.ServerResources;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FTP server (RFC 959 with the extensions of RFC 2389, 2428, 3659 and 7151) on Netty.
 *
 * <p>{@link #start} binds at once; {@link #close} stops accepting, ends every session and
 * frees threads and passive ports. Sessions run on Netty event loops; file work runs on a
 * separate executor so a slow disk never stalls other sessions, and password checks on
 * threads of their own so a flood of logins never stalls file work.
 */
public final class FtpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FtpServer.class);

    private final ServerResources resources;
    private final Channel listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FtpServer(ServerResources resources, Channel listener) {
        this.resources = resources;
        this.listener = listener;
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws BindException naming the address and port when they cannot be bound
     * @throws IOException when the root directory is missing
     */
    public static FtpServer start(FtpServerConfig config) throws IOException {
        if (!Files.isDirectory(config.root())) {
            log.error("Cannot start: root {} is not a directory; create it or fix the setting",
                    config.root());
            throw new IOException("root is not a directory: " + config.root());
        }
        ServerResources resources = ServerResources.create(config);
        InetSocketAddress address = new InetSocketAddress(config.bindAddress(), config.port());
        ChannelFuture bound = new ServerBootstrap()
                .group(resources.acceptorGroup(), resources.sessionGroup())
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ControlChannelInitializer(resources))
                .bind(address)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            resources.shutdown();
            String where = address.getAddress().getHostAddress() + ":" + address.getPort();
            log.error("Cannot bind {}: {}; choose another address or port", where,
                    bound.cause().toString());
            BindException failure = new BindException("cannot bind " + where + ": "
                    + bound.cause().getMessage());
            failure.initCause(bound.cause());
            throw failure;
        }
        FtpServer server = new FtpServer(resources, bound.channel());
        log.info("FTP server listening on {}, root {}", server.localAddress(), config.root());
        return server;
    }

    /** Returns the address and port the server listens on (the real port when 0 was asked). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Stops the server: ends every session and frees event loops and passive ports. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.close().awaitUninterruptibly();
        resources.shutdown();
        log.info("FTP server on {} stopped", listener.localAddress());
    }
}
