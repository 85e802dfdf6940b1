package dev.ftpkit.client.probe;

import dev.ftpkit.protocol.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command sent by the probe and what came back: the replies in order (preliminary 1yz
 * ones first), and a description of the silence when the final reply did not come.
 *
 * @param command the command as shown, a PASS argument masked
 * @param replies the replies read, in order; empty when none came
 * @param silence "" when a final reply came; otherwise what happened instead, such as
 *     "no reply within 3 s"
 */
record Exchange(String command, List<Reply> replies, String silence) {

    Exchange {
        Objects.requireNonNull(command, "command");
        replies = List.copyOf(replies);
        Objects.requireNonNull(silence, "silence");
    }

    /** Returns the final (2yz to 5yz) reply, or empty when none came. */
    Optional<Reply> finalReply() {
        if (replies.isEmpty()) {
            return Optional.empty();
        }
        Reply last = replies.get(replies.size() - 1);
        return last.code() >= 200 ? Optional.of(last) : Optional.empty();
    }

    /** Returns the final reply's code, or -1 when none came. */
    int code() {
        return finalReply().map(Reply::code).orElse(-1);
    }

    /** Returns whether a preliminary (1yz) reply came before the final one or the silence. */
    boolean hadPreliminary() {
        return replies.stream().anyMatch(reply -> reply.code() < 200);
    }

    /** Returns the replies as they looked on the wire, then the silence if there was one. */
    List<String> received() {
        List<String> lines = new ArrayList<>();
        replies.forEach(reply -> lines.addAll(WireText.lines(reply)));
        if (!silence.isEmpty()) {
            lines.add("(" + silence + ")");
        }
        return lines;
    }
}
