package dev.ftpkit.protocol.codec;

import java.util.Objects;

/**
 * Thrown when a line from the server cannot be part of an FTP reply, such as a first line
 * without a three-digit code.
 *
 * <p>Unchecked on purpose: a peer that breaks the reply format leaves nothing to recover on
 * that control connection. The caller closes it, and the exception carries the offending
 * line for the error it reports.
 */
public final class MalformedReplyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String line;

    /**
     * Creates the exception for {@code line}; {@code reason} says what was wrong, as a
     * fragment such as "no 3-digit reply code".
     */
    public MalformedReplyException(String line, String reason) {
        super(reason + ": \"" + Objects.requireNonNull(line, "line") + "\"");
        this.line = line;
    }

    /** Returns the line that could not be read, exactly as received. */
    public String line() {
        return line;
    }
}
