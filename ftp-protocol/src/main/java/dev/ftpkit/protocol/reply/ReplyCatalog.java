package dev.ftpkit.protocol.reply;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reply-code catalog: every code that RFC 959 and the RFCs extending it define (1123,
 * 1639, 2228, 2428, 4217; RFC 2389, 2640, 3659 and 7151 reuse existing codes), each with its
 * meaning, common causes and remedies. Immutable and safe to share between threads.
 *
 * <p>It includes the protected replies 631 to 633 of RFC 2228, which a {@link Reply} never
 * carries; see {@link ReplyCodeInfo#isProtected()}.
 */
public final class ReplyCatalog {

    private static final Map<Integer, ReplyCodeInfo> BY_CODE = load();

    private ReplyCatalog() {
    }

    /**
     * Returns the entry for {@code code}, or empty when no RFC defines that code (a server
     * may still send it: 430 and 434 are common inventions).
     */
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
            if (entries.put(info.code(), info) != null) {
                throw new IllegalStateException("reply code listed twice: " + info.code());
            }
        }
        return entries;
    }
}
