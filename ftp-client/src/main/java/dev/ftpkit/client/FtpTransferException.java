package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;

/**
 * Thrown when the server reports that a transfer (RETR, STOR, APPE, LIST, MLSD) failed:
 * the data connection could not be opened (425), was closed mid-transfer (426), the server
 * had a local error (451) or no room (452, 552).
 *
 * <p>It is also thrown when the server calls a transfer complete that this side saw fail,
 * such as a data connection reset before the end; the reply is then the server's positive
 * one and {@link #getCause()} the local failure.
 */
public class FtpTransferException extends FtpReplyException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a transfer command refused or failed by {@code reply}. */
    public FtpTransferException(String command, Reply reply) {
        super(command, reply, command + " failed: " + summary(reply), null);
    }

    /** Creates the exception for a transfer this side saw fail although the server replied. */
    public FtpTransferException(String command, Reply reply, Throwable localFailure) {
        super(command, reply, command + " failed on this side: " + localFailure.getMessage()
                + " (server replied " + summary(reply) + ")", localFailure);
    }
}
