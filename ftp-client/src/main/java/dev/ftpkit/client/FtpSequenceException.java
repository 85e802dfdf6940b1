package dev.ftpkit.client;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.SequencingRule;

/**
 * Thrown instead of sending a command that would break a sequencing rule, such as RNTO
 * without an RNFR answered 350 just before. Nothing was sent, so the session is unchanged.
 *
 * <p>It is a programming error, not an I/O failure: the message names the rule, the reply
 * the server would have sent, and what to send instead.
 */
public class FtpSequenceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Verb verb;
    private final transient SequencingRule rule;

    /** Creates the exception for {@code verb}, which breaks {@code rule}. */
    public FtpSequenceException(Verb verb, SequencingRule rule) {
        super(verb + " not sent: it needs " + rule.precondition().description()
                + " (a server would reply " + rule.replyCode() + " " + rule.replyText()
                + "); " + rule.fix());
        this.verb = verb;
        this.rule = rule;
    }

    /** Returns the verb that was not sent. */
    public Verb verb() {
        return verb;
    }

    /** Returns the rule the command would have broken. */
    public SequencingRule rule() {
        return rule;
    }
}
