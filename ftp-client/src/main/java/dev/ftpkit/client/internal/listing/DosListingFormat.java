package dev.ftpkit.client.internal.listing;

import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpEntryType;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a DOS-style LIST, as IIS sends by default:
 * {@code 12-04-26  03:15PM       <DIR>          name} or with a size instead of
 * {@code <DIR>}. The date is month-day-year with two or four year digits, the time 12-hour
 * with AM/PM or 24-hour.
 *
 * <p>IIS shows its own local time without saying which zone; entries are read as UTC, the
 * only zone a client can assume.
 */
public final class DosListingFormat {

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{2})-(\\d{2})-(\\d{2}|\\d{4})\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?\\s+"
                    + "(<DIR>|\\d+)\\s+(.+)$");
    /** Two-digit years below this are 20xx, the rest 19xx, as IIS's readers agree. */
    private static final int CENTURY_PIVOT = 70;

    /** Returns the entry on {@code line}, or empty when the line is not in this format. */
    public Optional<FtpEntry> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> time = time(m);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        boolean directory = m.group(7).equals("<DIR>");
        return Optional.of(new FtpEntry(m.group(8),
                directory ? FtpEntryType.DIRECTORY : FtpEntryType.FILE,
                directory ? -1 : Long.parseLong(m.group(7)),
                Optional.of(time.get().toInstant(ZoneOffset.UTC)), ChronoUnit.MINUTES,
                Optional.empty(),
                Optional.empty(), line));
    }

    private static Optional<LocalDateTime> time(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < CENTURY_PIVOT ? 2000 : 1900;
        }
        int hour = Integer.parseInt(m.group(4));
        String half = m.group(6);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            // 12:xxAM is just after midnight, 12:xxPM just after noon.
            hour = hour % 12 + (half.toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
        }
        try {
            return Optional.of(LocalDateTime.of(year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), hour, Integer.parseInt(m.group(5))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
