package dev.ftpkit.client.internal;

import dev.ftpkit.client.ControlConnection;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;

/**
 * Sends commands over a {@link ControlConnection} and turns replies an operation cannot go
 * on with into exceptions, chosen by {@link ReplyFailures}.
 */
public final class CommandChannel {

    private final ControlConnection connection;

    /** Creates a channel over {@code connection}. */
    public CommandChannel(ControlConnection connection) {
        this.connection = connection;
    }

    /** Returns the connection commands go over. */
    public ControlConnection connection() {
        return connection;
    }

    /** Sends the command and returns its reply if it is a 2yz completion; otherwise throws. */
    public Reply complete(Verb verb, String argument) throws FtpException {
        return expect(verb, argument, 2);
    }

    /** Sends the command and returns its reply if it is a 3yz intermediate; otherwise throws. */
    public Reply intermediate(Verb verb, String argument) throws FtpException {
        return expect(verb, argument, 3);
    }

    /** Sends the command and returns whatever reply comes; throws only if the connection fails. */
    public Reply send(Verb verb, String argument) throws FtpException {
        Reply reply = connection.send(verb, argument);
        if (reply.code() == 421) {
            throw ReplyFailures.of(verb.name(), argument, reply);
        }
        return reply;
    }

    /** Reads the next reply to {@code verb}; throws unless its first digit is {@code expected}. */
    public Reply await(Verb verb, String argument, int expected) throws FtpException {
        Reply reply = connection.readReply();
        return check(verb, argument, reply, expected);
    }

    /** Reads the next reply to {@code verb}, whatever it is; throws only on 421 or failure. */
    public Reply next(Verb verb, String argument) throws FtpException {
        Reply reply = connection.readReply();
        if (reply.code() == 421) {
            throw ReplyFailures.of(verb.name(), argument, reply);
        }
        return reply;
    }

    private Reply expect(Verb verb, String argument, int expected) throws FtpException {
        return check(verb, argument, connection.send(verb, argument), expected);
    }

    private static Reply check(Verb verb, String argument, Reply reply, int expected)
            throws FtpException {
        if (reply.code() / 100 != expected) {
            throw ReplyFailures.of(verb.name(), argument, reply);
        }
        return reply;
    }
}
