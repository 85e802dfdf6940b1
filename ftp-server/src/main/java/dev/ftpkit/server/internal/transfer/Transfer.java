package dev.ftpkit.server.internal.transfer;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.server.internal.storage.VirtualPath;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One RETR, STOR, STOU, APPE or listing, from its command to its final reply. It owns the
 * data connection it was given. Used on the session's event loop only.
 */
public final class Transfer {

    private final Verb verb;
    private final DataConnectionSource source;
    private VirtualPath path;
    private final long startedAt = System.nanoTime();
    private final List<Runnable> whenFinished = new ArrayList<>(2);
    private Channel data;
    private long bytes;
    private LongSupplier counter;
    private boolean aborted;
    private boolean stalled;
    private boolean settled;
    private boolean finished;

    public Transfer(Verb verb, VirtualPath path, DataConnectionSource source) {
        this.verb = verb;
        this.path = path;
        this.source = source;
    }

    public Verb verb() {
        return verb;
    }

    public VirtualPath path() {
        return path;
    }

    /** Sets the path once known, such as the unique name STOU chose. */
    public void path(VirtualPath chosen) {
        this.path = chosen;
    }

    /** Returns the bytes moved over the data connection so far. */
    public long bytes() {
        return bytes + (counter == null ? 0 : counter.getAsLong());
    }

    /** Adds what {@code moved} reports to {@link #bytes()}, for writes that count themselves. */
    public void countWith(LongSupplier moved) {
        this.counter = moved;
    }

    public void addBytes(long count) {
        bytes += count;
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    /** Returns whether ABOR, a stalled data connection or the session's end stopped it. */
    public boolean isAborted() {
        return aborted;
    }

    /** Returns whether the data connection is open. */
    public boolean isConnected() {
        return data != null && data.isActive();
    }

    /** Returns where the data connection goes, for STAT. */
    public String describeConnection() {
        return source.describe();
    }

    /**
     * Opens the data connection, then calls {@code onOpen}; calls {@code onFailure} when it
     * cannot be opened within {@code timeout} or the transfer was aborted meanwhile. Once
     * open, a connection that moves no byte for {@code idleLimit} aborts the transfer.
     */
    public void openData(Duration timeout, Duration idleLimit, Consumer<Channel> onOpen,
            Runnable onFailure) {
        source.open(timeout).addListener(opened -> {
            if (!opened.isSuccess()) {
                onFailure.run();
                return;
            }
            Channel channel = (Channel) opened.getNow();
            if (aborted) {
                channel.close();
                onFailure.run();
                return;
            }
            data = channel;
            channel.pipeline().addFirst(new DataIdleWatch(idleLimit, this::stalled));
            onOpen.accept(channel);
        });
    }

    /**
     * Stops the transfer: closes the data connection, so its final reply becomes 426. Once
     * the outcome is {@linkplain #settle() settled} an abort changes nothing: the data is
     * already moved, and the client is owed the true outcome (RFC 959 4.1.3, ABOR).
     */
    public void abort() {
        if (!settled) {
            aborted = true;
        }
        close();
    }

    private void stalled() {
        if (!settled) {
            stalled = true;
        }
        abort();
    }

    /** Returns whether the transfer was aborted because its data connection stalled. */
    public boolean isStalled() {
        return stalled;
    }

    /**
     * Fixes the outcome when the data connection's work is over, and returns whether an
     * abort came first.
     */
    public boolean settle() {
        settled = true;
        return aborted;
    }

    /** Closes the data connection and whatever prepared it. */
    public void close() {
        source.close();
        if (data != null) {
            data.close();
        }
    }

    /** Runs {@code action} once the final reply of this transfer was sent. */
    public void whenFinished(Runnable action) {
        if (finished) {
            action.run();
        } else {
            whenFinished.add(action);
        }
    }

    /** Marks the final reply sent and runs what waited for it. */
    public void finished() {
        finished = true;
        List<Runnable> actions = List.copyOf(whenFinished);
        whenFinished.clear();
        actions.forEach(Runnable::run);
    }
}
