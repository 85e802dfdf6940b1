package dev.ftpkit.server.internal.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * Formats listing lines: "ls -l" style for LIST and STAT (what Unix clients and Commons Net's
 * Unix parser expect) and RFC 3659 fact lines for MLSD and MLST. Times are UTC.
 */
public final class ListingFormat {

    private static final DateTimeFormatter RECENT =
            DateTimeFormatter.ofPattern("MMM dd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OLD =
            DateTimeFormatter.ofPattern("MMM dd  yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FACT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    // ls shows the year instead of the time for files older than about six months.
    private static final long RECENT_DAYS = 180;

    private ListingFormat() {
    }

    /** Returns one "ls -l" line, without line ending. */
    public static String listLine(FileFacts facts, Instant now) {
        boolean recent = facts.modified().isAfter(now.minus(RECENT_DAYS, ChronoUnit.DAYS))
                && !facts.modified().isAfter(now.plus(1, ChronoUnit.DAYS));
        String time = (recent ? RECENT : OLD).format(facts.modified());
        return String.format(Locale.ROOT, "%s%s %3d %-8s %-8s %12d %s %s",
                facts.directory() ? "d" : "-", facts.permissions(), 1, "ftp", "ftp",
                facts.size(), time, facts.name());
    }

    /** Returns a time as RFC 3659 writes it: YYYYMMDDHHMMSS in UTC. */
    public static String factTime(Instant time) {
        return FACT_TIME.format(time);
    }

    /**
     * Returns the facts part of an MLSD/MLST line, "type=file;size=3;...;" without the name.
     *
     * @param type "file", "dir", "cdir" or "pdir"
     * @param userCanWrite whether the user may change files, which decides the perm fact
     */
    public static String facts(FileFacts facts, String type, Set<MlstFact> enabled,
            boolean userCanWrite) {
        StringBuilder out = new StringBuilder(96);
        if (enabled.contains(MlstFact.TYPE)) {
            out.append("type=").append(type).append(';');
        }
        if (enabled.contains(MlstFact.SIZE) && !facts.directory()) {
            out.append("size=").append(facts.size()).append(';');
        }
        if (enabled.contains(MlstFact.MODIFY)) {
            out.append("modify=").append(factTime(facts.modified())).append(';');
        }
        if (enabled.contains(MlstFact.PERM)) {
            out.append("perm=").append(perm(facts, userCanWrite)).append(';');
        }
        if (enabled.contains(MlstFact.UNIQUE)) {
            out.append("unique=").append(facts.unique()).append(';');
        }
        return out.toString();
    }

    /** Returns an MLSD line: the facts, one space, the name (RFC 3659 7.2). */
    public static String mlsdLine(FileFacts facts, Set<MlstFact> enabled, boolean userCanWrite) {
        String type = facts.directory() ? "dir" : "file";
        return facts(facts, type, enabled, userCanWrite) + " " + facts.name();
    }

    private static String perm(FileFacts facts, boolean userCanWrite) {
        // RFC 3659 7.5.5: what this user may do here, not the Unix mode bits.
        boolean write = userCanWrite && facts.writable();
        StringBuilder perm = new StringBuilder(8);
        if (facts.directory()) {
            perm.append(write ? "c" : "");
            perm.append(userCanWrite ? "df" : "");
            perm.append(facts.readable() ? "el" : "");
            perm.append(write ? "mp" : "");
        } else {
            perm.append(write ? "a" : "");
            perm.append(userCanWrite ? "df" : "");
            perm.append(facts.readable() ? "r" : "");
            perm.append(write ? "w" : "");
        }
        return perm.toString();
    }
}
