package dev.ftpkit.client.internal.listing;

import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpEntryType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a Unix {@code ls -l} style LIST, the format nearly every server sends.
 *
 * <p>The columns: type and mode ({@code drwxr-xr-x}, possibly followed by {@code +} for an
 * ACL, {@code .} for an SELinux context or {@code @} for extended attributes), link count,
 * owner, an optional group, size (or {@code major, minor} for a device), month, day, then a
 * time for recent files or a year for older ones, one space, and the name to the end of the
 * line.
 */
public final class UnixListingFormat {

    private static final Pattern LINE = Pattern.compile(
            "^([-bcdlps])([-rwxsStTl]{9})[+.@]?\\s+"
                    + "\\d+\\s+"
                    + "\\S+\\s+"
                    + "(?:\\S+\\s+)?"
                    + "(\\d+|\\d+,\\s*\\d+)\\s+"
                    + "([A-Za-z]{3})\\s+(\\d{1,2})\\s+"
                    + "(\\d{1,2}:\\d{2}|\\d{4}) "
                    + "(.+)$");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String LINK_ARROW = " -> ";
    /** Clocks differ and time zones shift a date; a file "from tomorrow" is still this year. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(2);

    private final Clock clock;
    private final ZoneId zone;

    /** Creates a reader resolving dates without a year against {@code clock} in {@code zone}. */
    public UnixListingFormat(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Returns the entry on {@code line}, or empty when the line is not in this format. */
    public Optional<FtpEntry> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(4).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        Optional<Instant> modified = timestamp(month / 3 + 1, Integer.parseInt(m.group(5)),
                m.group(6));
        if (modified.isEmpty()) {
            return Optional.empty();
        }

        FtpEntryType type = type(m.group(1).charAt(0));
        String size = m.group(3);
        String name = m.group(7);
        Optional<String> target = Optional.empty();
        int arrow = name.indexOf(LINK_ARROW);
        if (type == FtpEntryType.SYMBOLIC_LINK && arrow >= 0) {
            target = Optional.of(name.substring(arrow + LINK_ARROW.length()));
            name = name.substring(0, arrow);
        }
        return Optional.of(new FtpEntry(name, type,
                size.indexOf(',') >= 0 ? -1 : Long.parseLong(size), modified,
                precision(m.group(6)), target,
                Optional.of(m.group(1) + m.group(2)), line));
    }

    /** Returns how exact the time column is: ls shows a year instead of the time when old. */
    private static ChronoUnit precision(String timeOrYear) {
        return timeOrYear.indexOf(':') < 0 ? ChronoUnit.DAYS : ChronoUnit.MINUTES;
    }

    private static FtpEntryType type(char c) {
        return switch (c) {
            case '-' -> FtpEntryType.FILE;
            case 'd' -> FtpEntryType.DIRECTORY;
            case 'l' -> FtpEntryType.SYMBOLIC_LINK;
            default -> FtpEntryType.OTHER;
        };
    }

    private Optional<Instant> timestamp(int month, int day, String timeOrYear) {
        try {
            if (timeOrYear.indexOf(':') < 0) {
                LocalDate date = LocalDate.of(Integer.parseInt(timeOrYear), month, day);
                return Optional.of(date.atStartOfDay(zone).toInstant());
            }
            LocalTime time = LocalTime.parse(timeOrYear.length() == 4
                    ? "0" + timeOrYear : timeOrYear);
            return recent(month, day, time);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the time for a date shown without a year: ls shows those for files of the
     * last six months, so the year is the latest one that does not put the date in the
     * future. February 29 goes back to the last leap year.
     */
    private Optional<Instant> recent(int month, int day, LocalTime time) {
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        int year = LocalDate.ofInstant(clock.instant(), zone).getYear();
        for (int candidate = year; candidate >= year - 8; candidate--) {
            try {
                Instant instant = LocalDateTime.of(LocalDate.of(candidate, month, day), time)
                        .atZone(zone).toInstant();
                if (!instant.isAfter(latest)) {
                    return Optional.of(instant);
                }
            } catch (DateTimeException notInThisYear) {
                // February 29 outside a leap year: try the year before.
            }
        }
        return Optional.empty();
    }
}
