package dev.ftpkit.client.probe;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time-val of RFC 3659 section 2.3: {@code YYYYMMDDHHMMSS} with optional fractions of
 * a second, always in UTC. MDTM replies and the MLSx {@code modify} fact use it.
 */
final class TimeVal {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\.\\d+)?");

    private TimeVal() {
    }

    /**
     * Returns the instant {@code text} names, or empty when it is not a time-val or names no
     * real date (month 13, February 30). A leap second (60) is read as the second before.
     */
    static Optional<Instant> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int second = Math.min(Integer.parseInt(m.group(6)), 59);
            LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
