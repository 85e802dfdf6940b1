package dev.ftpkit.server.internal.session;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts open control connections, in all and per client address, so that connections past
 * the limits can be refused before they cost a session. Thread-safe: connections are
 * accepted on every event loop.
 */
final class SessionCounts {

    private final int maxSessions;
    private final int maxPerAddress;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentMap<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();

    /** Returns counts with these limits; {@code maxPerAddress} 0 means only the total. */
    SessionCounts(int maxSessions, int maxPerAddress) {
        this.maxSessions = maxSessions;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * Counts a new connection from {@code address} and returns null, or returns why it is
     * refused and counts nothing. A counted connection must be {@link #release released}.
     */
    String tryOpen(InetAddress address) {
        if (open.incrementAndGet() > maxSessions) {
            open.decrementAndGet();
            return maxSessions + " sessions open, the server's limit";
        }
        if (maxPerAddress == 0) {
            return null;
        }
        int[] counted = new int[1];
        perAddress.compute(address, (key, count) -> {
            counted[0] = count == null ? 1 : count + 1;
            return counted[0] > maxPerAddress ? count : counted[0];
        });
        if (counted[0] > maxPerAddress) {
            open.decrementAndGet();
            return maxPerAddress + " sessions open from this address, the limit per address";
        }
        return null;
    }

    /** Forgets a connection counted by {@link #tryOpen}. */
    void release(InetAddress address) {
        open.decrementAndGet();
        if (maxPerAddress > 0) {
            perAddress.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
        }
    }
}
