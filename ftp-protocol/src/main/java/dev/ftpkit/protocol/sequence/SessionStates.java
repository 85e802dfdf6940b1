package dev.ftpkit.protocol.sequence;

import dev.ftpkit.protocol.command.Verb;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A breadth-first walk over the session states reachable from a greeting, each command
 * accepted with its positive reply. There are fewer than a hundred such states, so the
 * walk is cheap enough to repeat on demand.
 */
final class SessionStates {

    private SessionStates() {
    }

    /** Returns the first state, in walking order, in which the rules allow {@code verb}. */
    static SessionState firstStateAllowing(Verb verb) {
        return walkTo(verb).state();
    }

    /** Returns the commands that lead from a greeting to the first state allowing {@code verb}. */
    static List<Verb> shortestPathTo(Verb verb) {
        return List.copyOf(walkTo(verb).path());
    }

    private static Step walkTo(Verb target) {
        Deque<Step> queue = new ArrayDeque<>();
        Set<SessionState> seen = new HashSet<>();
        queue.add(new Step(SessionState.greeted(), List.of()));
        seen.add(SessionState.greeted());
        while (!queue.isEmpty()) {
            Step step = queue.remove();
            if (SequencingRules.check(step.state(), target).isAllowed()) {
                return step;
            }
            for (Verb verb : Verb.values()) {
                if (verb.canonical() != verb
                        || !SequencingRules.check(step.state(), verb).isAllowed()) {
                    continue; // an alias leads where its verb does; a refusal changes nothing
                }
                SessionState next = step.state().next(verb, verb.positiveReply());
                if (seen.add(next)) {
                    queue.add(step.then(verb, next));
                }
            }
        }
        throw new IllegalStateException("no sequence of accepted commands allows " + target);
    }

    private record Step(SessionState state, List<Verb> path) {

        Step then(Verb verb, SessionState next) {
            List<Verb> longer = new ArrayList<>(path);
            longer.add(verb);
            return new Step(next, longer);
        }
    }
}
