package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;
import java.util.Optional;

/**
 * Thrown when the control connection fails: it cannot be opened, the server closes it
 * (with or without a 421 reply), no reply comes within the read timeout, or a reply breaks
 * the format of RFC 959. The client cannot go on after it; open a new one.
 */
public class FtpConnectionException extends FtpException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    /** Creates the exception with a message only. */
    public FtpConnectionException(String message) {
        super(message);
        this.reply = null;
    }

    /** Creates the exception with the failure that caused it. */
    public FtpConnectionException(String message, Throwable cause) {
        super(message, cause);
        this.reply = null;
    }

    /** Creates the exception for a server that ended the session with {@code reply} (421). */
    public FtpConnectionException(String message, Reply reply) {
        super(message);
        this.reply = reply;
    }

    /** Returns the reply with which the server ended the session, when it sent one. */
    public Optional<Reply> reply() {
        return Optional.ofNullable(reply);
    }
}
