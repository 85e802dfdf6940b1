package dev.ftpkit.server.internal.transfer;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A data connection named by PORT or EPRT: the server connects to the client when the
 * transfer starts. The handler checked before that the address is the client's own.
 */
public final class ActiveConnection implements DataConnectionSource {

    private final DataChannelContext context;
    private final InetSocketAddress target;
    private ChannelFuture connecting;
    private boolean closed;

    public ActiveConnection(DataChannelContext context, InetSocketAddress target) {
        this.context = context;
        this.target = target;
    }

    @Override
    public Future<Channel> open(Duration timeout) {
        if (closed) {
            // ABOR came before the transfer connected: do not connect at all.
            return context.loop().newFailedFuture(new IOException("data connection closed"));
        }
        connecting = new Bootstrap()
                .group(context.loop())
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        DataChannelContext.configure(channel);
                        context.channels().add(channel);
                    }
                })
                // From the control connection's address, so a multi-homed server answers
                // from the address the client knows.
                .connect(target, new InetSocketAddress(context.localAddress(), 0));
        var promise = context.loop().<Channel>newPromise();
        connecting.addListener((ChannelFuture done) -> {
            if (done.isSuccess()) {
                promise.trySuccess(done.channel());
            } else {
                promise.tryFailure(done.cause());
            }
        });
        return promise;
    }

    @Override
    public void close() {
        closed = true;
        if (connecting != null && !connecting.isDone()) {
            connecting.channel().close();
        }
    }

    @Override
    public String describe() {
        return "active to " + target.getAddress().getHostAddress() + ":" + target.getPort();
    }
}
