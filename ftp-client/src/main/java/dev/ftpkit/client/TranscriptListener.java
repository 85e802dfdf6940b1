package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;

/**
 * Sees every command a {@link ControlConnection} sends and every reply it reads, in order:
 * the session's transcript.
 *
 * <p>The argument of PASS arrives as asterisks, anonymous passwords included, so a
 * transcript may be logged or shown as it is. Methods run on the thread that sends or
 * reads; keep them short. An exception thrown by a listener is logged and otherwise
 * ignored, so a faulty listener cannot break a session.
 */
public interface TranscriptListener {

    /** A listener that ignores everything. */
    TranscriptListener NONE = new TranscriptListener() {
    };

    /**
     * Called after a command line was written, without its CRLF; a PASS argument is masked.
     */
    default void commandSent(String line) {
    }

    /** Called for each complete reply read, preliminary (1yz) replies included. */
    default void replyReceived(Reply reply) {
    }
}
