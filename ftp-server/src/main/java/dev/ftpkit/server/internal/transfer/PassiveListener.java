package dev.ftpkit.server.internal.transfer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listener opened by PASV or EPSV for exactly one data connection.
 *
 * <p>Only a connection from the control connection's client is accepted. Another address
 * is closed at once and logged (RFC 2577 section 5: port theft), and the listener goes on
 * waiting for the right client until the transfer's timeout.
 */
public final class PassiveListener implements DataConnectionSource {

    private static final Logger log = LoggerFactory.getLogger(PassiveListener.class);

    private final DataChannelContext context;
    private Channel server;
    private Channel accepted;
    private Promise<Channel> waiting;
    private ScheduledFuture<?> timeout;
    private boolean closed;

    private PassiveListener(DataChannelContext context) {
        this.context = context;
    }

    /**
     * Binds a listener on the control connection's local address, on the first free port of
     * {@code ports}. Fails when every port of the range is taken.
     */
    public static Future<PassiveListener> bind(DataChannelContext context, PassivePorts ports) {
        PassiveListener listener = new PassiveListener(context);
        Promise<PassiveListener> bound = context.loop().newPromise();
        listener.tryBind(ports.candidates(), 0, bound);
        return bound;
    }

    /** Returns the port the listener is bound to. */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public Future<Channel> open(Duration limit) {
        if (accepted != null) {
            Channel channel = accepted;
            accepted = null;
            return context.loop().newSucceededFuture(channel);
        }
        if (closed) {
            return context.loop().newFailedFuture(new IOException("listener closed"));
        }
        waiting = context.loop().newPromise();
        timeout = context.loop().schedule(() -> {
            log.debug("{} no data connection to port {} within {}", context.sessionId(),
                    port(), limit);
            close();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return waiting;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (server != null) {
            server.close();
        }
        if (accepted != null) {
            accepted.close();
            accepted = null;
        }
        if (waiting != null) {
            waiting.tryFailure(new IOException("no data connection"));
        }
    }

    @Override
    public String describe() {
        return "passive on " + context.localAddress().getHostAddress() + ":"
                + (server == null ? "?" : String.valueOf(port()));
    }

    private void tryBind(int[] ports, int index, Promise<PassiveListener> bound) {
        ChannelFuture binding = new ServerBootstrap()
                .group(context.loop(), context.loop())
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        accept(channel);
                    }
                })
                .bind(new InetSocketAddress(context.localAddress(), ports[index]));
        binding.addListener((ChannelFuture done) -> {
            if (done.isSuccess()) {
                server = done.channel();
                context.channels().add(server);
                bound.setSuccess(this);
            } else if (index + 1 < ports.length) {
                tryBind(ports, index + 1, bound);
            } else {
                bound.setFailure(done.cause());
            }
        });
    }

    private void accept(SocketChannel channel) {
        InetSocketAddress remote = channel.remoteAddress();
        if (!remote.getAddress().equals(context.peerAddress())) {
            log.warn("{} refused data connection from {} to port {}: the client is {};"
                    + " possible port theft", context.sessionId(), remote, port(),
                    context.peerAddress().getHostAddress());
            channel.close();
            return;
        }
        if (closed || accepted != null || (waiting != null && waiting.isDone())) {
            channel.close(); // one data connection per PASV
            return;
        }
        DataChannelContext.configure(channel);
        context.channels().add(channel);
        server.close(); // the port is free again as soon as its one connection arrived
        if (waiting != null) {
            timeout.cancel(false);
            waiting.setSuccess(channel);
        } else {
            accepted = channel;
        }
    }
}
