package dev.ftpkit.cli.transfer;

import java.time.Duration;
import java.util.Locale;

/** Writes byte counts, rates and durations the way people read them. */
final class Units {

    private static final String[] PREFIXES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Units() {
    }

    /** Returns {@code bytes} as "512 B", "1.5 KiB", "3.2 MiB" (powers of 1024). */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int prefix = 0;
        while (value >= 1024 && prefix < PREFIXES.length - 1) {
            value /= 1024;
            prefix++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, PREFIXES[prefix]);
    }

    /** Returns a rate in bytes per second as "3.2 MiB/s". */
    static String rate(double bytesPerSecond) {
        return bytes(Math.round(bytesPerSecond)) + "/s";
    }

    /** Returns {@code duration} as "0:07", "12:34" or "1:02:03", rounded to the second. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 500) / 1000);
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** Returns {@code duration} as "0.25 s", for summaries of short transfers. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
