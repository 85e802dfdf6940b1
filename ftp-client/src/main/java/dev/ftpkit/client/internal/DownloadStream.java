package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpDataConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.internal.TransferEnd.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * The bytes of a RETR, LIST or MLSD as they arrive on the data connection.
 *
 * <p>{@link #close()} completes the transfer: it closes the data connection and reads the
 * server's final reply, throwing if a transfer read to its end was not confirmed with a
 * 2yz. Closing before the end abandons the rest of the file; the server's reply to that is
 * logged, not thrown.
 */
final class DownloadStream extends InputStream {

    private final Socket data;
    private final InputStream in;
    private final TransferEnd end;
    private final KeepaliveTimer keepalive;
    private long bytes;
    private boolean endOfData;
    private boolean failed;
    private boolean closed;

    DownloadStream(Socket data, TransferEnd end, KeepaliveTimer keepalive) throws IOException {
        this.data = data;
        this.in = data.getInputStream();
        this.end = end;
        this.keepalive = keepalive;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException(end.command() + " stream already closed");
        }
        if (endOfData || length == 0) {
            return endOfData ? -1 : 0;
        }
        keepalive.tick();
        try {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                endOfData = true;
            } else {
                bytes += n;
            }
            return n;
        } catch (IOException e) {
            failed = true;
            throw new FtpDataConnectionException(end.command() + " data connection failed after "
                    + bytes + " bytes: " + e.getMessage(), e);
        }
    }

    /** Returns the number of bytes read so far. */
    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws FtpException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            data.close();
        } catch (IOException e) {
            // The data socket is done with either way; the server's reply says how it ended.
        }
        end.finish(failed ? Outcome.FAILED_LOCALLY
                : endOfData ? Outcome.COMPLETE : Outcome.CLOSED_EARLY, bytes);
    }
}
