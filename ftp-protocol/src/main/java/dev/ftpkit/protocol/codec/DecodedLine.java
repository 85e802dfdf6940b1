package dev.ftpkit.protocol.codec;

/** What the command-line decoder found in the input: a whole line, or one too long to keep. */
public sealed interface DecodedLine {

    /**
     * A complete line, without its line ending and with Telnet IAC sequences removed.
     *
     * @param text the line, decoded as UTF-8 (RFC 2640), or as ISO-8859-1 when not valid UTF-8
     */
    record Line(String text) implements DecodedLine {
    }

    /**
     * A line longer than the decoder's limit. Its bytes were discarded up to and including its
     * line ending, so nothing of it is ever run as a command; the server replies 500.
     *
     * @param length the number of bytes the line had, line ending excluded
     */
    record Oversized(long length) implements DecodedLine {
    }
}
