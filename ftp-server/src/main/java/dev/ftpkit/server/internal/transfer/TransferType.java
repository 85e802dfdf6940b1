package dev.ftpkit.server.internal.transfer;

/** The representation type set by TYPE (RFC 959 3.1.1). */
public enum TransferType {
    /** TYPE A: text; line ends are CRLF on the wire and LF on this server's disk. */
    ASCII("ASCII"),
    /** TYPE I (or L 8): bytes as they are. */
    BINARY("BINARY");

    private final String word;

    TransferType(String word) {
        this.word = word;
    }

    /** Returns the word used in replies: "ASCII" or "BINARY". */
    public String word() {
        return word;
    }
}
