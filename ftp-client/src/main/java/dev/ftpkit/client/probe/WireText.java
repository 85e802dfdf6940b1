package dev.ftpkit.client.probe;

import dev.ftpkit.protocol.reply.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes replies and durations the way a person reading a scorecard expects them. */
final class WireText {

    private WireText() {
    }

    /**
     * Returns the reply's lines as RFC 959 section 4.2 puts them on the wire: "code text"
     * for one line; "code-text", the inner lines, and "code text" for several.
     */
    static List<String> lines(Reply reply) {
        List<String> text = reply.lines();
        if (text.size() == 1) {
            return List.of(reply.code() + " " + text.get(0));
        }
        List<String> lines = new ArrayList<>();
        lines.add(reply.code() + "-" + text.get(0));
        lines.addAll(text.subList(1, text.size() - 1));
        lines.add(reply.code() + " " + text.get(text.size() - 1));
        return lines;
    }

    /** Returns the reply's code and first line, such as "503 Login with USER first.". */
    static String summary(Reply reply) {
        return reply.code() + " " + reply.lines().get(0);
    }

    /** Returns a duration as seconds, such as "3 s" or "0.5 s". */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
