package dev.ftpkit.server.internal.transfer;

import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.VirtualPath;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.Consumer;

/**
 * Writes what arrives on a data connection to a file. Writes run on the session's file
 * executor, in arrival order; the connection reads again only when they caught up, so a
 * slow disk slows the client instead of filling memory.
 *
 * <p>In stream mode the end of the file is the end of the connection (RFC 959 3.4.1): a
 * clean close is success, a reset or other error is a broken transfer. {@code done} is
 * called once, on the event loop, with null, the network error, or a {@link StorageFailure}
 * for a failed write. The caller closes or commits the file.
 */
public final class UploadReceiver extends ChannelInboundHandlerAdapter {

    private final FileChannel file;
    private final VirtualPath path;
    private final EventExecutor executor;
    private final AsciiConversion conversion;
    private final Transfer transfer;
    private final Consumer<Throwable> done;
    private int writesInFlight;
    private boolean ended;
    private boolean reported;
    private Throwable failure;

    /**
     * @param ascii whether CRLF is turned into LF (TYPE A)
     */
    public UploadReceiver(FileChannel file, VirtualPath path, EventExecutor executor,
            boolean ascii, Transfer transfer, Consumer<Throwable> done) {
        this.file = file;
        this.path = path;
        this.executor = executor;
        this.conversion = ascii ? new AsciiConversion() : null;
        this.transfer = transfer;
        this.done = done;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            ctx.read();
        } else {
            ended = true;
            report();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        ByteBuf received = (ByteBuf) message;
        if (failure != null) {
            received.release();
            return;
        }
        transfer.addBytes(received.readableBytes());
        write(ctx, convert(received));
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (writesInFlight == 0 && !ended && failure == null) {
            ctx.read();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ended = true;
        if (conversion != null && failure == null) {
            ByteBuf tail = Unpooled.buffer(1);
            conversion.finishFromNetwork(tail);
            write(ctx, tail);
        }
        report();
    }

    private ByteBuf convert(ByteBuf received) {
        if (conversion == null) {
            return received;
        }
        ByteBuf converted = Unpooled.buffer(received.readableBytes());
        conversion.fromNetwork(received, converted);
        received.release();
        return converted;
    }

    private void write(ChannelHandlerContext ctx, ByteBuf bytes) {
        if (!bytes.isReadable()) {
            bytes.release();
            return;
        }
        writesInFlight++;
        executor.execute(() -> {
            IOException error = null;
            try {
                ByteBuffer buffer = bytes.nioBuffer();
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
            } catch (IOException e) {
                error = e;
            } finally {
                bytes.release();
            }
            IOException writeError = error;
            ctx.executor().execute(() -> written(ctx, writeError));
        });
    }

    private void written(ChannelHandlerContext ctx, IOException error) {
        writesInFlight--;
        if (error != null && failure == null) {
            failure = StorageFailure.from(error, path);
            ctx.close();
        }
        if (ended) {
            report();
        } else if (writesInFlight == 0 && failure == null) {
            ctx.read();
        }
    }

    private void report() {
        if (reported || writesInFlight > 0) {
            return;
        }
        reported = true;
        done.accept(failure);
    }
}
