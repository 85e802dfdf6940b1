package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpDataConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpTransferException;
import dev.ftpkit.client.internal.TransferEnd.Outcome;
import dev.ftpkit.protocol.reply.Reply;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * The bytes of a STOR or APPE, written to the data connection.
 *
 * <p>{@link #close()} completes the upload: it flushes and closes the data connection,
 * which tells the server the file ends there, and reads the final reply, throwing unless it
 * is a 2yz. {@link #abort()}, from any thread, resets the data connection instead: in
 * stream mode a clean close means "the file ends here", and the server would keep the part
 * sent so far as the whole file.
 */
final class UploadStream extends OutputStream {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Socket data;
    private final OutputStream out;
    private final TransferEnd end;
    private final KeepaliveTimer keepalive;
    private long bytes;
    private volatile boolean failed;
    private volatile boolean closed;

    UploadStream(Socket data, TransferEnd end, KeepaliveTimer keepalive) throws IOException {
        this.data = data;
        this.out = new BufferedOutputStream(data.getOutputStream(), BUFFER_BYTES);
        this.end = end;
        this.keepalive = keepalive;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException(end.command() + " stream already closed");
        }
        keepalive.tick();
        try {
            out.write(buffer, offset, length);
            bytes += length;
        } catch (IOException e) {
            failed = true;
            throw new FtpDataConnectionException(end.command() + " data connection failed after "
                    + bytes + " bytes: " + e.getMessage(), e);
        }
    }

    /**
     * Resets the data connection (TCP RST, not FIN), so the server sees the upload fail
     * rather than end. The writing thread's next write or close then fails. Safe from any
     * thread, at any time, more than once.
     */
    void abort() {
        failed = true;
        try {
            data.setSoLinger(true, 0);
        } catch (IOException e) {
            // Already closed: nothing more to stop.
        }
        closeQuietly();
    }

    /** Returns whether {@link #close()} ran: the upload ended one way or another. */
    boolean ended() {
        return closed;
    }

    /** Returns the number of bytes written so far. */
    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws FtpException {
        if (closed) {
            return;
        }
        closed = true;
        IOException closeFailure = null;
        try {
            if (!failed) {
                out.flush();
            }
            data.close();
        } catch (IOException e) {
            closeFailure = e;
            closeQuietly();
        }
        boolean complete = !failed && closeFailure == null;
        Reply reply = end.finish(complete ? Outcome.COMPLETE : Outcome.FAILED_LOCALLY, bytes);
        if (closeFailure != null) {
            throw new FtpTransferException(end.command(), reply, closeFailure);
        }
    }

    private void closeQuietly() {
        try {
            data.close();
        } catch (IOException e) {
            // Already failing; the reply read next tells what the server kept.
        }
    }
}
