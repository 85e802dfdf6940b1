package dev.ftpkit.protocol.sequence;

import dev.ftpkit.protocol.command.Verb;
import java.util.Set;

/**
 * One sequencing rule: the verbs it governs, what must hold before them, and the reply
 * owed when it does not.
 *
 * @param verbs the verbs the rule applies to
 * @param precondition what must hold before any of them
 * @param replyCode the reply owed when the precondition fails
 * @param replyText the reply text a server sends with it
 * @param fix what the client should do instead, in words a person acts on
 */
public record SequencingRule(Set<Verb> verbs, Precondition precondition, int replyCode,
        String replyText, String fix) {

    public SequencingRule {
        verbs = Set.copyOf(verbs);
    }

    /** Returns whether this rule governs {@code verb}. */
    public boolean appliesTo(Verb verb) {
        return verbs.contains(verb);
    }
}
