package dev.ftpkit.protocol.sequence;

import java.util.Optional;

/**
 * The answer of the sequencing rules for one command in one state: allowed, or the rule
 * it breaks and so the reply owed.
 *
 * @param brokenRule the first rule the command breaks, or empty when it is allowed
 */
public record Verdict(Optional<SequencingRule> brokenRule) {

    private static final Verdict ALLOWED = new Verdict(Optional.empty());

    /** Returns the verdict of a command that breaks no rule. */
    public static Verdict allowed() {
        return ALLOWED;
    }

    /** Returns the verdict of a command that breaks {@code rule}. */
    public static Verdict refused(SequencingRule rule) {
        return new Verdict(Optional.of(rule));
    }

    /** Returns whether the command may be run. */
    public boolean isAllowed() {
        return brokenRule.isEmpty();
    }
}
