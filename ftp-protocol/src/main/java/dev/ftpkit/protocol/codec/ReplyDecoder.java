package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles replies from the lines a server sends, per RFC 959 section 4.2.
 *
 * <p>A reply is one line "code text", or several: a first line "code-text", any number of
 * inner lines, and a last line "code text" with the same code. Inner lines may be anything,
 * including lines that begin with digits or with another code and a hyphen; only the same
 * code followed by a space ends the reply. Two habits of real servers are undone so that
 * {@link Reply#lines()} holds the text a person should read: a "code-" prefix repeated on
 * inner lines (pure-ftpd, IIS) is removed, and so is the one space that RFC 959 and
 * {@link ReplyEncoder} put before an inner line that starts with a digit.
 *
 * <p>Lenient where servers are sloppy: a line of just the three digits counts as
 * "code " with empty text. Strict where guessing would be dangerous: a line that should
 * start a reply and lacks a code in 100-599 throws {@link MalformedReplyException}.
 *
 * <p>Not thread-safe: one instance per control connection, fed in arrival order.
 */
public final class ReplyDecoder {

    private final List<String> lines = new ArrayList<>();
    private int code = -1;

    /**
     * Takes the next line, without its line ending (a trailing CR is ignored), and returns
     * the reply it completes, or empty while a multi-line reply is still open.
     *
     * @throws MalformedReplyException when no reply is open and the line does not start with
     *     a reply code from 100 to 599 followed by a space, a hyphen or nothing; the decoder
     *     is then ready for a new reply
     */
    public Optional<Reply> accept(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (inProgress()) {
            return acceptInnerOrLast(text);
        }
        return acceptFirst(text);
    }

    /** Returns whether a multi-line reply has begun and its last line has not come yet. */
    public boolean inProgress() {
        return code >= 0;
    }

    private Optional<Reply> acceptFirst(String line) {
        int first = replyCode(line);
        if (line.length() == 3 || line.charAt(3) == ' ') {
            return Optional.of(Reply.of(first, textAfterCode(line)));
        }
        if (line.charAt(3) == '-') {
            code = first;
            lines.add(textAfterCode(line));
            return Optional.empty();
        }
        throw new MalformedReplyException(line, "reply code not followed by a space or '-'");
    }

    private Optional<Reply> acceptInnerOrLast(String line) {
        if (hasCode(line, code) && (line.length() == 3 || line.charAt(3) == ' ')) {
            lines.add(textAfterCode(line));
            Reply reply = Reply.multiLine(code, lines);
            lines.clear();
            code = -1;
            return Optional.of(reply);
        }
        lines.add(innerText(line));
        return Optional.empty();
    }

    private String innerText(String line) {
        if (hasCode(line, code) && line.length() > 3 && line.charAt(3) == '-') {
            return line.substring(4);
        }
        if (line.startsWith(" ") && ReplyEncoder.startsWithDigitAfterSpaces(line)) {
            return line.substring(1);
        }
        return line;
    }

    private static int replyCode(String line) {
        if (line.length() < 3 || !isDigit(line, 0) || !isDigit(line, 1) || !isDigit(line, 2)) {
            throw new MalformedReplyException(line, "no 3-digit reply code");
        }
        int value = Integer.parseInt(line.substring(0, 3));
        if (value >= 600 && value < 700) {
            throw new MalformedReplyException(line, "protected reply (RFC 2228 6yz) cannot be"
                    + " read: ftpkit secures sessions with TLS and never sends MIC, CONF or ENC");
        }
        if (value < 100 || value > 599) {
            throw new MalformedReplyException(line, "reply code out of range 100-599");
        }
        return value;
    }

    private static boolean hasCode(String line, int code) {
        return line.length() >= 3 && isDigit(line, 0) && isDigit(line, 1) && isDigit(line, 2)
                && Integer.parseInt(line.substring(0, 3)) == code;
    }

    private static boolean isDigit(String line, int index) {
        char c = line.charAt(index);
        return c >= '0' && c <= '9';
    }

    private static String textAfterCode(String line) {
        return line.length() > 4 ? line.substring(4) : "";
    }
}
