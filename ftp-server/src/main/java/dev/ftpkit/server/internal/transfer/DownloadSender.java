package dev.ftpkit.server.internal.transfer;

import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.VirtualPath;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.DefaultFileRegion;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.function.Consumer;

/**
 * Sends a file or a listing over a data connection. Each method ends by calling
 * {@code done} on the event loop: with null on success, a {@link StorageFailure} when the
 * file could not be read, or the network error when the data connection broke.
 */
public final class DownloadSender {

    private static final int ASCII_CHUNK = 64 * 1024;

    private DownloadSender() {
    }

    /**
     * Sends {@code count} bytes of {@code file} from {@code offset} as they are. The kernel
     * copies them from the page cache to the socket (sendfile) where the transport allows;
     * the file is closed when the region is released.
     */
    public static void sendBinary(Channel data, FileChannel file, long offset, long count,
            Transfer transfer, Consumer<Throwable> done) {
        DefaultFileRegion region = new DefaultFileRegion(file, offset, count);
        // The region counts what the kernel took; STAT reads it while the transfer runs.
        transfer.countWith(region::transferred);
        data.writeAndFlush(region).addListener((ChannelFuture written) ->
                done.accept(written.isSuccess() ? null : written.cause()));
    }

    /**
     * Sends {@code file} from {@code offset} with LF turned into CRLF. Reads run on
     * {@code executor}, one chunk at a time, the next only after the last was written, so a
     * slow client holds one chunk of memory, not the file. Closes the file at the end.
     */
    public static void sendAscii(Channel data, FileChannel file, long offset, VirtualPath path,
            EventExecutor executor, Transfer transfer, Consumer<Throwable> done) {
        new AsciiChunks(data, file, path, executor, transfer, done).readFrom(offset);
    }

    /** Sends {@code bytes}, a listing already formatted. */
    public static void sendBytes(Channel data, byte[] bytes, Transfer transfer,
            Consumer<Throwable> done) {
        data.writeAndFlush(Unpooled.wrappedBuffer(bytes)).addListener((ChannelFuture f) -> {
            if (f.isSuccess()) {
                transfer.addBytes(bytes.length);
            }
            done.accept(f.isSuccess() ? null : f.cause());
        });
    }

    private static final class AsciiChunks {

        private final Channel data;
        private final FileChannel file;
        private final VirtualPath path;
        private final EventExecutor executor;
        private final Transfer transfer;
        private final Consumer<Throwable> done;
        private final AsciiConversion conversion = new AsciiConversion();

        AsciiChunks(Channel data, FileChannel file, VirtualPath path, EventExecutor executor,
                Transfer transfer, Consumer<Throwable> done) {
            this.data = data;
            this.file = file;
            this.path = path;
            this.executor = executor;
            this.transfer = transfer;
            this.done = done;
        }

        void readFrom(long position) {
            executor.execute(() -> {
                ByteBuf chunk = Unpooled.buffer(ASCII_CHUNK);
                try {
                    int read = chunk.writeBytes(file, position, ASCII_CHUNK);
                    if (read < 0) {
                        chunk.release();
                        finish(null);
                        return;
                    }
                    ByteBuf converted = Unpooled.buffer(read + read / 8 + 16);
                    conversion.toNetwork(chunk, converted);
                    chunk.release();
                    write(converted, position + read);
                } catch (IOException e) {
                    chunk.release();
                    finish(StorageFailure.from(e, path));
                }
            });
        }

        private void write(ByteBuf converted, long nextPosition) {
            int length = converted.readableBytes();
            data.writeAndFlush(converted).addListener((ChannelFuture written) -> {
                if (!written.isSuccess()) {
                    finish(written.cause());
                    return;
                }
                transfer.addBytes(length);
                readFrom(nextPosition);
            });
        }

        private void finish(Throwable failure) {
            try {
                file.close();
            } catch (IOException e) {
                // Read-only handle: closing cannot lose data, and the transfer's outcome is
                // already decided.
            }
            data.eventLoop().execute(() -> done.accept(failure));
        }
    }
}
