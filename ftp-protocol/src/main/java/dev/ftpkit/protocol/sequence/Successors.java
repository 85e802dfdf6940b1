package dev.ftpkit.protocol.sequence;

import dev.ftpkit.protocol.command.Verb;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one accepted command changes for the commands after it, derived from the
 * {@linkplain SequencingRules#RULES rule table} and {@link SessionState#next}; nothing here
 * is stated twice. Get one from {@link SequencingRules#successors(Verb)}.
 *
 * <p>{@link #mayFollow()} answers "what may come next?" about this command alone: it leaves
 * out only the verbs refused by a rule whose precondition this command changed, and ignores
 * rules that depend on other commands (a transfer still needs PASV first after REST).
 *
 * @param verb the command
 * @param replyCode the reply that accepted it
 * @param before the session state it was sent in
 * @param after the session state after the reply
 * @param established the preconditions that hold now and did not before
 * @param ended the preconditions that held before and no longer do
 * @param enabled the verbs the rules refused before and allow now
 * @param refused the verbs the rules allowed before and refuse now
 * @param mayFollow the verbs that this command does not forbid next; empty when the reply
 *     closes the connection (221, 421)
 */
public record Successors(Verb verb, int replyCode, SessionState before, SessionState after,
        Set<Precondition> established, Set<Precondition> ended, Set<Verb> enabled,
        Set<Verb> refused, Set<Verb> mayFollow) {

    public Successors {
        established = Set.copyOf(established);
        ended = Set.copyOf(ended);
        enabled = Set.copyOf(enabled);
        refused = Set.copyOf(refused);
        mayFollow = Set.copyOf(mayFollow);
    }

    static Successors derive(SessionState before, Verb verb, int replyCode) {
        SessionState after = before.next(verb, replyCode);
        boolean closes = replyCode == 221 || replyCode == 421;
        Set<Precondition> established = EnumSet.noneOf(Precondition.class);
        Set<Precondition> ended = EnumSet.noneOf(Precondition.class);
        for (Precondition precondition : Precondition.values()) {
            boolean held = precondition.holds(before);
            boolean holds = precondition.holds(after);
            if (!held && holds) {
                established.add(precondition);
            } else if (held && !holds) {
                ended.add(precondition);
            }
        }

        Set<Verb> enabled = EnumSet.noneOf(Verb.class);
        Set<Verb> refused = EnumSet.noneOf(Verb.class);
        Set<Verb> mayFollow = EnumSet.noneOf(Verb.class);
        for (Verb next : Verb.values()) {
            boolean allowedBefore = SequencingRules.check(before, next).isAllowed();
            boolean allowedAfter = !closes && SequencingRules.check(after, next).isAllowed();
            if (!allowedBefore && allowedAfter) {
                enabled.add(next);
            } else if (allowedBefore && !allowedAfter) {
                refused.add(next);
            }
            if (!closes && !forbiddenByChange(next, after, established, ended)) {
                mayFollow.add(next);
            }
        }
        return new Successors(verb, replyCode, before, after, established, ended, enabled,
                refused, mayFollow);
    }

    private static boolean forbiddenByChange(Verb next, SessionState after,
            Set<Precondition> established, Set<Precondition> ended) {
        return SequencingRules.rulesFor(next).stream()
                .map(SequencingRule::precondition)
                .filter(p -> established.contains(p) || ended.contains(p))
                .anyMatch(p -> !p.holds(after));
    }
}
