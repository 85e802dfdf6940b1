package dev.ftpkit.client.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a time a server reports for a file the probe just uploaded with this machine's
 * clock at the upload. RFC 3659 section 2.3 puts MDTM and MLSx times in UTC; a server that
 * reports local time is off by a whole number of quarter hours (every time zone is).
 */
final class ClockComparison {

    /** Clocks of two machines rarely agree closer than this; the probe does not judge less. */
    static final Duration TOLERANCE = Duration.ofMinutes(2);
    private static final long QUARTER_HOUR = Duration.ofMinutes(15).toSeconds();
    private static final long MAX_ZONE_OFFSET = Duration.ofHours(14).toSeconds();

    private ClockComparison() {
    }

    /**
     * Returns what is wrong with {@code reported} for a file uploaded at {@code uploaded},
     * or empty when it is within {@link #TOLERANCE}.
     */
    static Optional<String> problem(Instant reported, Instant uploaded) {
        long offset = Duration.between(uploaded, reported).toSeconds();
        if (Math.abs(offset) <= TOLERANCE.toSeconds()) {
            return Optional.empty();
        }
        long quarters = Math.round(offset / (double) QUARTER_HOUR);
        long fromZone = Math.abs(offset - quarters * QUARTER_HOUR);
        if (quarters != 0 && fromZone <= TOLERANCE.toSeconds()
                && Math.abs(quarters * QUARTER_HOUR) <= MAX_ZONE_OFFSET) {
            return Optional.of("the time is " + hours(quarters * QUARTER_HOUR) + " from the"
                    + " upload's: it looks like the server's local time, where RFC 3659 2.3"
                    + " asks for UTC");
        }
        return Optional.of("the time is " + span(Math.abs(offset))
                + (offset > 0 ? " after" : " before") + " the upload's; the server's clock"
                + " may be wrong");
    }

    private static String span(long seconds) {
        return String.format(Locale.ROOT, "%d h %02d min %02d s", seconds / 3600,
                seconds / 60 % 60, seconds % 60);
    }

    private static String hours(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d:%02d", seconds < 0 ? "-" : "+",
                minutes / 60, minutes % 60);
    }
}
