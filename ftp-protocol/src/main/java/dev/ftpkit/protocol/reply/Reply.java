package dev.ftpkit.protocol.reply;

import java.util.List;
import java.util.Objects;

/**
 * One reply from a server: a three-digit reply code and one or more lines of text.
 *
 * <p>A multi-line reply keeps each line's text without the code prefix that RFC 959
 * section 4.2 puts on its first and last lines. A line's text may hold anything; the
 * {@link dev.ftpkit.protocol.codec.ReplyEncoder} breaks lines that hold CR or LF.
 *
 * <p>The code is limited to 100-599 on purpose. The protected replies 631-633 of RFC 2228
 * are envelopes around another reply, produced only by the GSSAPI-style mechanisms
 * (MIC, CONF, ENC) that ftpkit does not speak; TLS (RFC 4217) protects the connection
 * instead. They are explained in the {@link ReplyCatalog}, and the
 * {@link dev.ftpkit.protocol.codec.ReplyDecoder} refuses them with a message that says so.
 *
 * @param code the reply code, 100 to 599
 * @param lines the text lines, at least one (possibly an empty string)
 */
public record Reply(int code, List<String> lines) {

    public Reply {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("reply code out of range 100-599: " + code);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one line of text");
        }
    }

    /** Returns a single-line reply. */
    public static Reply of(int code, String text) {
        return new Reply(code, List.of(text));
    }

    /** Returns a multi-line reply; its first and last lines carry the code. */
    public static Reply multiLine(int code, List<String> lines) {
        return new Reply(code, lines);
    }

    /** Returns the lines joined with '\n': the whole text a person reads. */
    public String text() {
        return String.join("\n", lines);
    }

    /** Returns whether this reply has more than one line. */
    public boolean isMultiLine() {
        return lines.size() > 1;
    }

    /** Returns the first digit's class of this reply. */
    public ReplyClass replyClass() {
        return ReplyClass.of(code);
    }
}
