package dev.ftpkit.bench;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DefaultSocketChannelConfig;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.SocketChannelConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * An {@link EmbeddedChannel} that passes for a TCP {@link SocketChannel}, so the server's
 * control pipeline can be installed on it without a network.
 *
 * <p>Needed because ftp-server's only public way to build that pipeline,
 * {@code ControlChannelInitializer}, is a {@code ChannelInitializer<SocketChannel>}, and the
 * session reads its addresses as {@link InetSocketAddress}. Nothing here does I/O: the
 * unconnected {@link Socket} only backs the channel's option getters and setters.
 */
final class EmbeddedSocketChannel extends EmbeddedChannel implements SocketChannel {

    private static final InetSocketAddress SERVER =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 2121);
    private static final InetSocketAddress CLIENT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 50000);

    // Not initialized in a field initializer: the superclass constructor already calls
    // config() while it registers the handlers, before such an initializer would run.
    private Socket optionsSocket;
    private SocketChannelConfig socketConfig;

    EmbeddedSocketChannel(ChannelHandler... handlers) {
        super(handlers);
    }

    @Override
    public SocketChannelConfig config() {
        if (socketConfig == null) {
            optionsSocket = new Socket();
            socketConfig = new DefaultSocketChannelConfig(this, optionsSocket);
        }
        return socketConfig;
    }

    @Override
    public ServerSocketChannel parent() {
        return null;
    }

    @Override
    public InetSocketAddress localAddress() {
        return SERVER;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return CLIENT;
    }

    @Override
    public boolean isInputShutdown() {
        return !isOpen();
    }

    @Override
    public ChannelFuture shutdownInput() {
        return close();
    }

    @Override
    public ChannelFuture shutdownInput(ChannelPromise promise) {
        return close(promise);
    }

    @Override
    public boolean isOutputShutdown() {
        return !isOpen();
    }

    @Override
    public ChannelFuture shutdownOutput() {
        return close();
    }

    @Override
    public ChannelFuture shutdownOutput(ChannelPromise promise) {
        return close(promise);
    }

    @Override
    public boolean isShutdown() {
        return !isOpen();
    }

    @Override
    public ChannelFuture shutdown() {
        return close();
    }

    @Override
    public ChannelFuture shutdown(ChannelPromise promise) {
        return close(promise);
    }

    /** Closes the channel, releasing what it still holds, and the socket behind its options. */
    void dispose() {
        finishAndReleaseAll();
        try {
            optionsSocket.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the unconnected options socket", e);
        }
    }
}
