package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows a directory entry as a line of {@code ls -l} or as a JSON object. */
final class EntryFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private EntryFormat() {
    }

    /**
     * Returns the entry as "d  0755            -  2025-01-02 13:45  docs": type, the
     * server's permission text, size, modification time in UTC, name and link target. A
     * field the server did not give is blank, or "-" for the size.
     */
    static String longLine(FtpEntry entry) {
        String size = entry.size() < 0 ? "-" : Long.toString(entry.size());
        String time = entry.modified().map(TIME::format).orElse(" ".repeat(16));
        String name = entry.name() + entry.linkTarget().map(target -> " -> " + target)
                .orElse("");
        return String.format(Locale.ROOT, "%c  %-10s %12s  %s  %s", typeLetter(entry),
                entry.permissions().orElse(""), size, time, name);
    }

    /** Returns the entry as {name, type, size, modified, permissions, linkTarget}. */
    static ObjectNode json(FtpEntry entry) {
        ObjectNode node = Json.object();
        node.put("name", entry.name());
        node.put("type", entry.type().name().toLowerCase(Locale.ROOT));
        if (entry.size() < 0) {
            node.putNull("size");
        } else {
            node.put("size", entry.size());
        }
        entry.modified().ifPresentOrElse(time -> node.put("modified", time.toString()),
                () -> node.putNull("modified"));
        entry.permissions().ifPresentOrElse(text -> node.put("permissions", text),
                () -> node.putNull("permissions"));
        entry.linkTarget().ifPresentOrElse(target -> node.put("linkTarget", target),
                () -> node.putNull("linkTarget"));
        return node;
    }

    private static char typeLetter(FtpEntry entry) {
        return switch (entry.type()) {
            case FILE -> '-';
            case DIRECTORY -> 'd';
            case SYMBOLIC_LINK -> 'l';
            case OTHER -> '?';
        };
    }
}
