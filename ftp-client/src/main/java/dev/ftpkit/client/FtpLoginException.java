package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;

/**
 * Thrown when the server refuses USER, PASS or ACCT: a wrong name or password (usually
 * 530), an account the server wants but was not given (332), or a server that admits no
 * more users.
 */
public class FtpLoginException extends FtpReplyException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for the login command (masked) and the reply refusing it. */
    public FtpLoginException(String command, Reply reply) {
        super(command, reply, "login refused at " + command + ": " + summary(reply), null);
    }
}
