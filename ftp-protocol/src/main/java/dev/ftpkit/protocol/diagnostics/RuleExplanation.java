package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.SequencingRule;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One sequencing rule as a person reads it, with what real servers do when it is broken.
 *
 * @param verbs the verbs the rule governs, in catalog order
 * @param requirement what must hold before them, such as "RNFR answered 350 just before"
 * @param replyCode the reply the RFC owes when it does not hold
 * @param replyText the text ftpkit's server sends with that reply
 * @param fix what the client should do instead
 * @param cases the out-of-order cases this rule covers, each with the servers' answers
 */
public record RuleExplanation(List<Verb> verbs, String requirement, int replyCode,
        String replyText, String fix, List<Case> cases) {

    public RuleExplanation {
        verbs = List.copyOf(verbs);
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(replyText, "replyText");
        Objects.requireNonNull(fix, "fix");
        cases = List.copyOf(cases);
    }

    /** Returns the explanation of {@code rule}, its cases and quirks looked up. */
    public static RuleExplanation of(SequencingRule rule) {
        List<Verb> verbs = rule.verbs().stream().sorted(Comparator.naturalOrder()).toList();
        List<Case> cases = Situation.of(rule).stream()
                .map(situation -> new Case(situation, ServerQuirks.in(situation)))
                .toList();
        return new RuleExplanation(verbs, rule.precondition().description(), rule.replyCode(),
                rule.replyText(), rule.fix(), cases);
    }

    /**
     * Returns the verbs in words: listed when few, as "every command that needs a login" for
     * the login rule, as "every command except ..." when that is shorter, else the first few
     * and a count.
     */
    public String verbList() {
        if (verbs.size() <= 8) {
            return names(verbs);
        }
        if (verbs.equals(Arrays.stream(Verb.values()).filter(Verb::requiresLogin).toList())) {
            return "every command that needs a login (" + verbs.size() + " verbs)";
        }
        List<Verb> others = Arrays.stream(Verb.values()).filter(v -> !verbs.contains(v))
                .toList();
        if (others.size() <= 20) {
            return "every command except " + names(others);
        }
        return names(verbs.subList(0, 6)) + " and " + (verbs.size() - 6) + " more";
    }

    private static String names(List<Verb> list) {
        return String.join(", ", list.stream().map(Verb::name).toList());
    }

    /**
     * One out-of-order case and what servers do in it.
     *
     * @param situation the case
     * @param quirks the servers' answers; empty when no server's source was read for it
     */
    public record Case(Situation situation, List<ServerQuirk> quirks) {

        public Case {
            Objects.requireNonNull(situation, "situation");
            quirks = List.copyOf(quirks);
        }
    }
}
