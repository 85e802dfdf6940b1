package dev.ftpkit.client.probe;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.Precondition;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;

/**
 * Reads what a check expects of an out-of-order command from the sequencing rules, the
 * table ftpkit's server enforces and its client obeys, so the probe states no rule twice.
 */
final class RuleTexts {

    private RuleTexts() {
    }

    /** Returns the rule that {@code verb} breaks when {@code precondition} does not hold. */
    static SequencingRule rule(Verb verb, Precondition precondition) {
        return SequencingRules.rulesFor(verb).stream()
                .filter(rule -> rule.precondition() == precondition)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sequencing rule for " + verb
                        + " needs " + precondition.description()));
    }

    /** Returns the reply code the rule owes, such as 503. */
    static int code(Verb verb, Precondition precondition) {
        return rule(verb, precondition).replyCode();
    }

    /**
     * Returns the expectation in words: "503 (RFC 959 5.4; ftpkit's rule: RNTO needs RNFR
     * answered 350 just before)".
     */
    static String expected(Verb verb, Precondition precondition, String reference) {
        return code(verb, precondition) + " (" + reference + "; ftpkit's rule: " + verb
                + " needs " + precondition.description() + ")";
    }
}
