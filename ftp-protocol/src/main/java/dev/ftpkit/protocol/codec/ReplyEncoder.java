package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Writes replies in the form of RFC 959 section 4.2. Stateless and thread-safe. */
public final class ReplyEncoder {

    private ReplyEncoder() {
    }

    /**
     * Returns the reply's wire form, each line ending in CRLF. A single-line reply is
     * "code text"; a multi-line reply starts with "code-" and ends with "code ".
     *
     * <p>An inner line whose text starts with a digit, after any spaces, gets one more space
     * in front, so that a client never takes it for the last line; {@link ReplyDecoder}
     * removes that one space again. A CR or LF inside a line's text starts a new line:
     * text quoting a client's input can never smuggle in a line of its own.
     */
    public static String encode(Reply reply) {
        List<String> lines = splitLineBreaks(reply.lines());
        StringBuilder out = new StringBuilder(64);
        int last = lines.size() - 1;
        for (int i = 0; i <= last; i++) {
            String text = lines.get(i);
            if (i == 0) {
                out.append(reply.code()).append(last == 0 ? ' ' : '-');
            } else if (i == last) {
                out.append(reply.code()).append(' ');
            } else if (startsWithDigitAfterSpaces(text)) {
                out.append(' ');
            }
            out.append(text).append("\r\n");
        }
        return out.toString();
    }

    /**
     * Returns whether {@code text} starts with an ASCII digit once leading spaces are
     * skipped: the inner lines that are padded on the wire.
     */
    static boolean startsWithDigitAfterSpaces(String text) {
        int index = 0;
        while (index < text.length() && text.charAt(index) == ' ') {
            index++;
        }
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private static List<String> splitLineBreaks(List<String> lines) {
        List<String> split = new ArrayList<>(lines.size());
        for (String line : lines) {
            split.addAll(List.of(line.split("\r\n|\r|\n", -1)));
        }
        return split;
    }
}
