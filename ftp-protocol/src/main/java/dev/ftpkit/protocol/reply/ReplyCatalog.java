package dev.ftpkit.protocol.reply;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reply-code catalog: every code RFC 959, 2228, 2389, 2428, 2640, 3659, 4217 and 7151
 * define, each with its meaning, common causes and remedies.
 */
public final class ReplyCatalog {

    private static final Map<Integer, ReplyCodeInfo> BY_CODE = load();

    private ReplyCatalog() {
    }

    /** Returns the entry for {@code code}, or empty when no RFC defines that code. */
    public static Optional<ReplyCodeInfo> lookup(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Returns every entry, ordered by code. */
    public static List<ReplyCodeInfo> all() {
        return List.copyOf(BY_CODE.values());
    }

    private static Map<Integer, ReplyCodeInfo> load() {
        Map<Integer, ReplyCodeInfo> entries = new TreeMap<>();
        for (ReplyCodeInfo info : ReplyCodes.ENTRIES) {
            entries.put(info.code(), info);
        }
        return entries;
    }
}
