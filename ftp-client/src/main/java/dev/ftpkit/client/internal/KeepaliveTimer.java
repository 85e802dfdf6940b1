package dev.ftpkit.client.internal;

import dev.ftpkit.client.ControlConnection;
import dev.ftpkit.client.FtpConnectionException;
import java.time.Duration;

/**
 * Sends NOOP on the control connection every interval while a transfer runs, so that a
 * firewall or the server's idle timeout does not drop the silent control connection of a
 * long transfer. Checked on each read or write of the transfer: no extra thread.
 */
final class KeepaliveTimer {

    private final ControlConnection connection;
    private final long intervalNanos;
    private long last = System.nanoTime();

    KeepaliveTimer(ControlConnection connection, Duration interval) {
        this.connection = connection;
        this.intervalNanos = interval.toNanos();
    }

    /** Sends a NOOP if the interval has passed since the last one or the transfer's start. */
    void tick() throws FtpConnectionException {
        if (intervalNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            connection.sendKeepalive();
            last = now;
        }
    }
}
