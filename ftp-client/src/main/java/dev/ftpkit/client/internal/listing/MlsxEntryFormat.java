package dev.ftpkit.client.internal.listing;

import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpEntryType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one MLSD line or MLST fact line (RFC 3659 section 7.2): facts as
 * {@code name=value;}, one space, then the path to the end of the line.
 *
 * <p>Fact values hold no spaces, so the first space ends the facts and everything after it
 * is the name, spaces and semicolons included. Fact names and type values are compared
 * without case. {@code modify} is UTC, {@code YYYYMMDDHHMMSS} with optional fractional
 * seconds. Symbolic links come as {@code OS.unix=slink:target} (ProFTPD) or
 * {@code OS.unix=symlink} (Pure-FTPd).
 */
public final class MlsxEntryFormat {

    private static final Pattern MODIFY = Pattern.compile(
            "^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:\\.(\\d{1,9}))?$");

    /** Returns the entry on {@code line}, or empty for cdir/pdir or a malformed line. */
    public Optional<FtpEntry> parse(String line) {
        return parse(line, false);
    }

    /**
     * Returns the entry on an MLST fact line, where {@code cdir} is the directory asked
     * about and so is returned as a directory.
     */
    public Optional<FtpEntry> parseMlst(String line) {
        return parse(line, true);
    }

    private Optional<FtpEntry> parse(String line, boolean keepDirectoryItself) {
        int space = line.indexOf(' ');
        if (space < 0 || space == line.length() - 1) {
            return Optional.empty();
        }
        Map<String, String> facts = facts(line.substring(0, space));
        String name = line.substring(space + 1);
        String type = facts.getOrDefault("type", "");
        if (isCurrentOrParent(type) && !keepDirectoryItself) {
            return Optional.empty();
        }

        FtpEntryType entryType = isCurrentOrParent(type) ? FtpEntryType.DIRECTORY
                : entryType(type);
        Optional<String> target = Optional.empty();
        int colon = type.indexOf(':');
        if (entryType == FtpEntryType.SYMBOLIC_LINK && colon >= 0) {
            target = Optional.of(type.substring(colon + 1));
        }
        return Optional.of(new FtpEntry(name, entryType, size(facts), modify(facts),
                ChronoUnit.SECONDS, target,
                Optional.ofNullable(facts.getOrDefault("unix.mode", facts.get("perm"))), line));
    }

    /** Returns whether {@code line} is the listed directory's own or its parent's entry. */
    public boolean isDirectoryItself(String line) {
        int space = line.indexOf(' ');
        return isCurrentOrParent(facts(space < 0 ? line : line.substring(0, space))
                .getOrDefault("type", ""));
    }

    private static boolean isCurrentOrParent(String type) {
        return type.equalsIgnoreCase("cdir") || type.equalsIgnoreCase("pdir");
    }

    private static Map<String, String> facts(String text) {
        Map<String, String> facts = new HashMap<>();
        for (String fact : text.split(";")) {
            int equals = fact.indexOf('=');
            if (equals > 0) {
                facts.put(fact.substring(0, equals).toLowerCase(Locale.ROOT),
                        fact.substring(equals + 1));
            }
        }
        return facts;
    }

    private static FtpEntryType entryType(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.equals("file")) {
            return FtpEntryType.FILE;
        }
        if (lower.equals("dir")) {
            return FtpEntryType.DIRECTORY;
        }
        if (lower.startsWith("os.unix=slink") || lower.startsWith("os.unix=symlink")) {
            return FtpEntryType.SYMBOLIC_LINK;
        }
        return FtpEntryType.OTHER;
    }

    private static long size(Map<String, String> facts) {
        // "sizd" is the size of a directory's own storage, which some servers send instead.
        String size = facts.getOrDefault("size", facts.get("sizd"));
        if (size == null) {
            return -1;
        }
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<Instant> modify(Map<String, String> facts) {
        String value = facts.get("modify");
        return value == null ? Optional.empty() : parseTime(value);
    }

    /** Returns the UTC time in an RFC 3659 time-val (also MDTM's reply), or empty if malformed. */
    public static Optional<Instant> parseTime(String value) {
        Matcher m = MODIFY.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                    number(m, 4), number(m, 5), number(m, 6));
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0
                    : Integer.parseInt((fraction + "000000000").substring(0, 9));
            return Optional.of(time.toInstant(ZoneOffset.UTC).plusNanos(nanos));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
