package dev.ftpkit.client.internal;

import dev.ftpkit.client.ControlConnection;
import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes one transfer when its stream closes: reads the final reply on the control
 * connection, checks it, logs the transfer and frees the client for the next operation.
 */
final class TransferEnd {

    private static final Logger log = LoggerFactory.getLogger(TransferEnd.class);

    private final CommandChannel commands;
    private final UseGuard guard;
    private final Verb verb;
    private final String argument;
    private final long started = System.nanoTime();

    TransferEnd(CommandChannel commands, UseGuard guard, Verb verb, String argument) {
        this.commands = commands;
        this.guard = guard;
        this.verb = verb;
        this.argument = argument;
    }

    /** Returns the command as shown in messages, such as "RETR /a.txt". */
    String command() {
        return ReplyFailures.shown(verb.name(), argument);
    }

    /**
     * Reads the final reply. When {@code outcome} is {@link Outcome#COMPLETE} it must be a
     * 2yz or the transfer failed; after an early close or a local failure (already reported
     * to the caller) whatever the server says is only logged.
     */
    Reply finish(Outcome outcome, long bytes) throws FtpException {
        String id = commands.connection().id();
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            Reply reply = finalReply();
            if (outcome == Outcome.COMPLETE && reply.code() / 100 != 2) {
                log.info("{} {} failed after {} bytes in {} ms: {} {}", id, command(), bytes,
                        millis, reply.code(), reply.lines().get(0));
                throw ReplyFailures.of(verb.name(), argument, reply);
            }
            log.info("{} {} {}: {} bytes in {} ms, {} {}", id, command(), outcome.description,
                    bytes, millis, reply.code(), reply.lines().get(0));
            return reply;
        } finally {
            guard.streamClosed();
        }
    }

    /**
     * Reads replies until one is not preliminary. Some servers send a second 1yz (125
     * after 150) before the 226; treating it as final would leave the 226 to answer the
     * next command. A server that never stops sending them fails the connection.
     */
    private Reply finalReply() throws FtpException {
        ControlConnection connection = commands.connection();
        for (int skipped = 0; skipped <= ControlConnection.MAX_PRELIMINARY_REPLIES; skipped++) {
            Reply reply = commands.next(verb, argument);
            if (reply.code() / 100 != 1) {
                return reply;
            }
            log.debug("{} {} still preliminary: {}", connection.id(), command(), reply.code());
        }
        connection.close();
        throw new FtpConnectionException(command() + " got more than "
                + ControlConnection.MAX_PRELIMINARY_REPLIES + " preliminary replies and no"
                + " final one; the connection is closed");
    }

    /** How the data side of a transfer ended. */
    enum Outcome {
        /** Every byte was read to end of file, or every byte written. */
        COMPLETE("complete"),
        /** The caller closed the stream before the end. */
        CLOSED_EARLY("closed early"),
        /** The data connection failed on this side; the caller has that exception. */
        FAILED_LOCALLY("failed on this side");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }
    }
}
