package dev.ftpkit.server.internal.transfer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ports passive listeners may bind: a configured range, or any free port. Successive
 * PASV commands start at different ports of the range so they do not all contend for the
 * first one. Thread-safe.
 */
public final class PassivePorts {

    private final int first;
    private final int last;
    private final AtomicInteger nextStart = new AtomicInteger();

    /** Returns the ports {@code first} to {@code last}, both included; 0, 0 means any. */
    public PassivePorts(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** Returns whether any free port will do. */
    public boolean isAny() {
        return first == 0 && last == 0;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** Returns how many ports one PASV may try: the range's size, or 1 for any port. */
    public int size() {
        return isAny() ? 1 : last - first + 1;
    }

    /** Returns the ports to try for one PASV, in order: {@code size()} of them. */
    public int[] candidates() {
        if (isAny()) {
            return new int[] {0};
        }
        int size = size();
        int start = Math.floorMod(nextStart.getAndIncrement(), size);
        int[] ports = new int[size];
        for (int i = 0; i < size; i++) {
            ports[i] = first + (start + i) % size;
        }
        return ports;
    }
}
