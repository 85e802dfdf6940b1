package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.ReplyCatalog;
import dev.ftpkit.protocol.reply.ReplyClass;
import dev.ftpkit.protocol.reply.ReplyCodeInfo;
import dev.ftpkit.protocol.sequence.Precondition;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;
import dev.ftpkit.protocol.sequence.Successors;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link Explanation}s from the reply catalog, the verb catalog, the sequencing rules
 * and the server quirks. Nothing is stated here that those do not hold. Stateless and
 * thread-safe.
 */
public final class Explanations {

    private Explanations() {
    }

    /**
     * Returns the explanation of {@code subject}: a reply code when it is three digits, else
     * a verb in any case ("rnto" finds RNTO). Empty when neither catalog knows it.
     */
    public static Optional<Explanation> lookup(String subject) {
        String trimmed = subject.trim();
        if (trimmed.matches("\\d{3}")) {
            return reply(Integer.parseInt(trimmed)).map(Explanation.class::cast);
        }
        return Verb.lookup(trimmed).map(Explanations::verb);
    }

    /** Returns the explanation of reply code {@code code}, or empty when no RFC defines it. */
    public static Optional<ReplyExplanation> reply(int code) {
        return ReplyCatalog.lookup(code).map(Explanations::reply);
    }

    /** Returns the explanation of {@code verb}. */
    public static VerbExplanation verb(Verb verb) {
        Successors after = SequencingRules.successors(verb);
        String source = verb.section().isEmpty() ? verb.source().title()
                : verb.source().title() + " " + verb.section();
        Optional<Verb> alias = verb.canonical() == verb ? Optional.empty()
                : Optional.of(verb.canonical());
        List<RuleExplanation> rules = SequencingRules.rulesFor(verb).stream()
                .map(RuleExplanation::of).toList();
        return new VerbExplanation(verb, verb.summary(), verb.syntax(), source,
                verb.argument(), verb.requiresLogin(), verb.requiresDataConnection(), alias,
                rules, SequencingRules.pathTo(verb), descriptions(after.established()),
                descriptions(after.ended()), sorted(after.enabled()), sorted(after.refused()),
                sorted(after.mayFollow()));
    }

    private static ReplyExplanation reply(ReplyCodeInfo info) {
        int code = info.code();
        List<RuleExplanation> rules = SequencingRules.RULES.stream()
                .filter(rule -> rule.replyCode() == code)
                .map(RuleExplanation::of)
                .toList();
        return new ReplyExplanation(code, info.meaning(), info.classDescription(),
                classMeaning(info), ReplyGroup.of(code), info.causes(), info.remedies(),
                info.references(), rules, otherServers(code));
    }

    /**
     * The quirks that answer with {@code code} a case whose rule owes another code: they
     * are why a person sees this code where the RFC would have said something else.
     */
    private static List<ServerQuirk> otherServers(int code) {
        return ServerQuirks.answering(code).stream()
                .filter(quirk -> ruleCode(quirk.situation()) != code)
                .toList();
    }

    private static int ruleCode(Situation situation) {
        return SequencingRules.RULES.stream()
                .filter(rule -> Situation.of(rule).contains(situation))
                .map(SequencingRule::replyCode)
                .findFirst()
                .orElse(-1);
    }

    // RFC 959 section 4.2.1 says what each first digit tells a client to do next.
    private static String classMeaning(ReplyCodeInfo info) {
        if (info.isProtected()) {
            return "An RFC 2228 protected reply: decode it with the security mechanism in use"
                    + " to read the reply inside.";
        }
        ReplyClass replyClass = info.replyClass();
        return switch (replyClass) {
            case POSITIVE_PRELIMINARY -> "The action has started; expect another reply before"
                    + " sending the next command.";
            case POSITIVE_COMPLETION -> "The action completed; send the next command.";
            case POSITIVE_INTERMEDIATE -> "Accepted so far; the server waits for the command"
                    + " that completes it.";
            case TRANSIENT_NEGATIVE -> "Not done this time, but the error is temporary; the same"
                    + " command may work if tried again later.";
            case PERMANENT_NEGATIVE -> "Not done, and repeating the same command unchanged will"
                    + " fail again; change something first.";
        };
    }

    private static List<String> descriptions(Collection<Precondition> preconditions) {
        return preconditions.stream().sorted().map(Precondition::description).toList();
    }

    private static List<Verb> sorted(Collection<Verb> verbs) {
        return verbs.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
