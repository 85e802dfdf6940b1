package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpClientBusyException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets one thread at a time use a client, and nothing else while a transfer stream is open.
 *
 * <p>An FTP session runs one command at a time, so a second thread would interleave its
 * commands with the first one's replies. Rather than queue it behind a transfer that may
 * take minutes, the guard refuses at once with {@link FtpClientBusyException}, naming what
 * keeps the client busy. The thread that holds the guard may enter again (an operation
 * built from others).
 */
public final class UseGuard {

    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private volatile String currentOperation = "";
    private volatile String openStream;
    private int depth;

    /**
     * Marks the calling thread as the user of the client for {@code operation}; call
     * {@link #exit()} in a finally block.
     *
     * @throws FtpClientBusyException when another thread uses the client or a stream is open
     */
    public void enter(String operation) {
        Thread me = Thread.currentThread();
        Thread other = owner.get();
        if (other != null && other != me) {
            throw busy(operation, other);
        }
        String stream = openStream;
        if (stream != null) {
            throw new FtpClientBusyException("cannot start " + operation + ": the stream of "
                    + stream + " is still open; close it first, its close() completes the"
                    + " transfer");
        }
        if (other == me) {
            depth++;
            return;
        }
        if (!owner.compareAndSet(null, me)) {
            // Another thread took the client between the check above and now.
            throw busy(operation, owner.get());
        }
        depth = 1;
        currentOperation = operation;
    }

    private FtpClientBusyException busy(String operation, Thread other) {
        String who = other == null ? "another thread" : "thread '" + other.getName() + "'";
        return new FtpClientBusyException("cannot start " + operation + ": " + who
                + " is running " + currentOperation + " on this FtpClient; use one client per"
                + " thread, or FtpTreeTransfer for parallel transfers");
    }

    /** Ends the calling thread's use begun by {@link #enter}. */
    public void exit() {
        if (--depth == 0) {
            owner.set(null);
        }
    }

    /** Marks a transfer stream as open; every other operation is refused until it closes. */
    public void streamOpened(String command) {
        openStream = command;
    }

    /** Marks the open transfer stream as closed. */
    public void streamClosed() {
        openStream = null;
    }
}
