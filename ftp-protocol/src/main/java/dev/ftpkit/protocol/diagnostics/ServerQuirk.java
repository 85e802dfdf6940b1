package dev.ftpkit.protocol.diagnostics;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one real server does in one out-of-order {@link Situation}, read from its source.
 *
 * @param server the server and the version whose source was read, such as "vsftpd 3.0"
 * @param situation the case
 * @param replyCode the reply code it sends, or empty when it sends no reply of its own
 *     (it tolerates the command, or waits)
 * @param replyText the reply text it sends, or "" with no reply code
 * @param behaviour what it does, in words, when the code alone does not say it; "" otherwise
 * @param source the file of the server's source that shows it, for a reader to check
 */
public record ServerQuirk(String server, Situation situation, OptionalInt replyCode,
        String replyText, String behaviour, String source) {

    public ServerQuirk {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(replyCode, "replyCode");
        Objects.requireNonNull(replyText, "replyText");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(source, "source");
    }

    /** Returns whether the server refuses the command with a reply code of its own. */
    public boolean refuses() {
        return replyCode.isPresent() && replyCode.getAsInt() >= 400;
    }

    /** Returns the quirk in one line, such as {@code vsftpd 3.0: 425 Use PORT or PASV first.}. */
    public String summary() {
        StringBuilder out = new StringBuilder(server).append(": ");
        if (replyCode.isPresent()) {
            out.append(replyCode.getAsInt()).append(' ').append(replyText);
            if (!behaviour.isEmpty()) {
                out.append(" (").append(behaviour).append(')');
            }
        } else {
            out.append(behaviour);
        }
        return out.toString();
    }
}
