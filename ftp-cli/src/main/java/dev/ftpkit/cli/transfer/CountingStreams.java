package dev.ftpkit.cli.transfer;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Streams that report every byte that passes to a {@link TransferProgress}. */
final class CountingStreams {

    private CountingStreams() {
    }

    /** Returns {@code out}, reporting what is written to it. */
    static OutputStream counting(OutputStream out, TransferProgress progress) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                progress.advance(1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                // FilterOutputStream would write byte by byte; pass the block on whole.
                out.write(bytes, offset, length);
                progress.advance(length);
            }
        };
    }

    /** Returns {@code in}, reporting what is read from it. */
    static InputStream counting(InputStream in, TransferProgress progress) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    progress.advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                if (n > 0) {
                    progress.advance(n);
                }
                return n;
            }
        };
    }
}
