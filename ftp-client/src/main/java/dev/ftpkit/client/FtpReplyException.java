package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.reply.ReplyCatalog;
import dev.ftpkit.protocol.reply.ReplyCodeInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when the server answers a command with a reply the operation cannot go on with,
 * usually a 4yz or 5yz.
 *
 * <p>It carries the command as sent (a password replaced by asterisks), the whole reply,
 * and the reply-code catalog's entry for the code, which says what the code means and what
 * usually causes it. The message reads like
 * {@code STOR /inbox/a.csv refused: 553 File name not allowed}.
 */
public class FtpReplyException extends FtpException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final transient Reply reply;

    /**
     * Creates the exception for {@code command} (already masked) answered by {@code reply}.
     */
    public FtpReplyException(String command, Reply reply) {
        this(command, reply, command + " refused: " + summary(reply), null);
    }

    /** Creates the exception with a message of its own and an optional cause. */
    public FtpReplyException(String command, Reply reply, String message, Throwable cause) {
        super(message, cause);
        this.command = Objects.requireNonNull(command, "command");
        this.reply = Objects.requireNonNull(reply, "reply");
    }

    /** Returns the command the reply answered, such as "STOR /inbox/a.csv" or "PASS ****". */
    public String command() {
        return command;
    }

    /** Returns the server's reply, every line of it. */
    public Reply reply() {
        return reply;
    }

    /** Returns the reply code, such as 553. */
    public int code() {
        return reply.code();
    }

    /** Returns the catalog entry for the reply code, or empty for a code no RFC defines. */
    public Optional<ReplyCodeInfo> catalogEntry() {
        return ReplyCatalog.lookup(reply.code());
    }

    /**
     * Returns what the reply code means and its common causes, from the reply-code catalog,
     * as one paragraph a person can act on.
     */
    public String explanation() {
        return catalogEntry()
                .map(info -> info.meaning() + (info.causes().isEmpty() ? ""
                        : " Common causes: " + String.join("; ", info.causes()) + "."))
                .orElse("Reply code " + reply.code() + " is not defined by any FTP RFC; read"
                        + " the server's text: " + reply.text());
    }

    /** Returns "553 File name not allowed": the code and the reply's first line. */
    static String summary(Reply reply) {
        return reply.code() + " " + reply.lines().get(0);
    }
}
