package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.reply.Reply;

/** Writes replies in the form of RFC 959 section 4.2. */
public final class ReplyEncoder {

    private ReplyEncoder() {
    }

    /**
     * Returns the reply's wire form, each line ending in CRLF. A multi-line reply starts with
     * "code-" and ends with "code "; an inner line that could be read as that last line is
     * indented by one space, so a client never stops early.
     */
    public static String encode(Reply reply) {
        StringBuilder out = new StringBuilder(64);
        var lines = reply.lines();
        int last = lines.size() - 1;
        for (int i = 0; i <= last; i++) {
            String text = lines.get(i);
            if (i == 0) {
                out.append(reply.code()).append(last == 0 ? ' ' : '-');
            } else if (i == last) {
                out.append(reply.code()).append(' ');
            } else if (text.length() >= 3 && Character.isDigit(text.charAt(0))) {
                out.append(' ');
            }
            out.append(text).append("\r\n");
        }
        return out.toString();
    }
}
