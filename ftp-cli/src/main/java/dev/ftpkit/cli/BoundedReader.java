package dev.ftpkit.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a set number of characters came through, so that a
 * command that must hold its whole input (lint parses a transcript as a list of lines)
 * stops with a clear error on a huge or endless input instead of exhausting the heap.
 */
final class BoundedReader extends FilterReader {

    private final long limit;
    private long read;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > limit) {
            throw new IOException("input larger than " + limit / (1024 * 1024)
                    + " MiB; pass the part of the log around the problem");
        }
    }
}
