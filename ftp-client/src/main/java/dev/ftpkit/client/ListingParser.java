package dev.ftpkit.client;

import dev.ftpkit.client.internal.listing.DosListingFormat;
import dev.ftpkit.client.internal.listing.MlsxEntryFormat;
import dev.ftpkit.client.internal.listing.UnixListingFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads directory listings into {@link FtpEntry} records.
 *
 * <p>LIST has no standard format (RFC 959 leaves it to the server), so each line is tried
 * against the two that servers actually send:
 * <ul>
 *   <li>Unix {@code ls -l}, from vsftpd, ProFTPD, Pure-FTPd, Apache MINA, pyftpdlib,
 *       FileZilla Server and most others: names with spaces, symbolic links
 *       ({@code a -> b}), devices, numeric or named owners, with or without a group;
 *       recent files show a time and no year, which is resolved against the clock given
 *       here (the latest such date not after today);</li>
 *   <li>DOS style, from IIS: {@code 12-04-26  03:15PM  <DIR>  name}, with 12- or 24-hour
 *       times and two- or four-digit years.</li>
 * </ul>
 * {@code total N} lines, {@code .} and {@code ..} are skipped; a line no format reads is
 * logged and skipped. So is an entry whose name cannot be a name inside the listed
 * directory: empty, or holding '/', NUL, CR or LF. A hostile server sends such names
 * ({@code ../../etc/x}, {@code /etc/x}) to make a mirror write outside its target, as in the
 * wget and lftp mirror CVEs.
 *
 * <p>MLSD and MLST (RFC 3659 section 7) are machine-readable and read by
 * {@link #parseMlsxLine}: fact names in any case, {@code cdir} and {@code pdir} entries
 * skipped, {@code modify} with or without fractional seconds, names with spaces and
 * semicolons.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ListingParser {

    private static final Logger log = LoggerFactory.getLogger(ListingParser.class);
    private static final Pattern TOTAL = Pattern.compile("^total\\s+\\d+\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final UnixListingFormat unix;
    private final DosListingFormat dos = new DosListingFormat();
    private final MlsxEntryFormat mlsx = new MlsxEntryFormat();

    /**
     * Creates a parser that reads LIST times in {@code serverZone} and resolves dates
     * without a year against {@code clock}.
     */
    public ListingParser(Clock clock, ZoneId serverZone) {
        this.unix = new UnixListingFormat(clock, serverZone);
    }

    /** Returns a parser for a server whose listings are in UTC, with the system clock. */
    public static ListingParser utc() {
        return new ListingParser(Clock.systemUTC(), ZoneOffset.UTC);
    }

    /**
     * Returns the entry on one LIST line, or empty for a line that names no entry
     * ({@code total 12}, a blank line, {@code .}, {@code ..}) or that no format reads.
     */
    public Optional<FtpEntry> parseListLine(String line) {
        String text = stripLineEnd(line);
        if (text.isBlank() || TOTAL.matcher(text).matches()) {
            return Optional.empty();
        }
        Optional<FtpEntry> entry = unix.parse(text).or(() -> dos.parse(text));
        if (entry.isEmpty()) {
            log.warn("LIST line in no known format, skipped: \"{}\"", text);
        }
        return entry.filter(ListingParser::isRealEntry).filter(ListingParser::isPlainName);
    }

    /**
     * Returns the entry on one MLSD line or MLST fact line, or empty for the directory's own
     * and its parent's entries ({@code type=cdir}, {@code type=pdir}) and lines that break
     * the format of RFC 3659 section 7.2.
     */
    public Optional<FtpEntry> parseMlsxLine(String line) {
        String text = stripLineEnd(line);
        Optional<FtpEntry> entry = mlsx.parse(text);
        if (entry.isEmpty() && !mlsx.isDirectoryItself(text)) {
            log.warn("MLSD line breaks RFC 3659 7.2, skipped: \"{}\"", text);
        }
        return entry.filter(ListingParser::isRealEntry).filter(ListingParser::isPlainName);
    }

    /**
     * Returns the entry on an MLST fact line (the reply's inner line, its leading space
     * removed), or empty when the line breaks RFC 3659 section 7.2. Unlike MLSD, a
     * {@code cdir} here is the directory asked about and comes back as a directory.
     */
    public Optional<FtpEntry> parseMlstLine(String line) {
        return mlsx.parseMlst(stripLineEnd(line));
    }

    /** Returns the entries of a whole LIST listing, lines separated by CRLF or LF. */
    public List<FtpEntry> parseList(String listing) {
        List<FtpEntry> entries = new ArrayList<>();
        for (String line : listing.split("\n")) {
            parseListLine(line).ifPresent(entries::add);
        }
        return entries;
    }

    /** Returns the entries of a whole MLSD listing, lines separated by CRLF or LF. */
    public List<FtpEntry> parseMlsd(String listing) {
        List<FtpEntry> entries = new ArrayList<>();
        for (String line : listing.split("\n")) {
            if (!line.isBlank()) {
                parseMlsxLine(line).ifPresent(entries::add);
            }
        }
        return entries;
    }

    private static boolean isRealEntry(FtpEntry entry) {
        return !entry.name().equals(".") && !entry.name().equals("..");
    }

    /** Returns whether the name is one path segment, as a name inside a directory must be. */
    private static boolean isPlainName(FtpEntry entry) {
        String name = entry.name();
        boolean plain = !name.isEmpty() && name.chars().noneMatch(
                c -> c == '/' || c == 0 || c == '\r' || c == '\n');
        if (!plain) {
            log.warn("listing entry skipped: its name \"{}\" is not a name inside the listed"
                    + " directory", name.replaceAll("\\p{Cntrl}", "?"));
        }
        return plain;
    }

    private static String stripLineEnd(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
