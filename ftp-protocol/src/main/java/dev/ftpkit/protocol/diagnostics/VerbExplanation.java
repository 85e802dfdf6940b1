package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.ArgumentRule;
import dev.ftpkit.protocol.command.Verb;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one verb: what it does, its syntax and source, its argument rule, what
 * must come before it and what may follow it. The last two are derived from the sequencing
 * rules, never stated separately.
 *
 * @param verb the verb
 * @param summary what it does, in one sentence
 * @param syntax its syntax line, such as "RNTO &lt;pathname&gt;"
 * @param source the defining document and section, such as "RFC 959 4.1.3"
 * @param argument whether it takes an argument
 * @param requiresLogin whether it is refused with 530 before a login
 * @param requiresDataConnection whether it is a transfer, needing PASV, EPSV, PORT or EPRT
 * @param aliasOf the verb this one is an alias of (CWD for XCWD), or empty
 * @param rules the sequencing rules that govern it: what must hold before it
 * @param pathTo a shortest list of accepted commands that leads from the greeting to a
 *     state allowing it, such as [USER, PASS, RNFR] for RNTO
 * @param establishes what holds after it is accepted that did not before, in words
 * @param ends what held before it and no longer does, in words
 * @param enables the verbs the rules refused before it and allow after it
 * @param refuses the verbs the rules allowed before it and refuse after it
 * @param mayFollow the verbs it does not forbid next; every verb when it restricts nothing
 */
public record VerbExplanation(Verb verb, String summary, String syntax, String source,
        ArgumentRule argument, boolean requiresLogin, boolean requiresDataConnection,
        Optional<Verb> aliasOf, List<RuleExplanation> rules, List<Verb> pathTo,
        List<String> establishes, List<String> ends, List<Verb> enables, List<Verb> refuses,
        List<Verb> mayFollow) implements Explanation {

    public VerbExplanation {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(aliasOf, "aliasOf");
        rules = List.copyOf(rules);
        pathTo = List.copyOf(pathTo);
        establishes = List.copyOf(establishes);
        ends = List.copyOf(ends);
        enables = List.copyOf(enables);
        refuses = List.copyOf(refuses);
        mayFollow = List.copyOf(mayFollow);
    }

    @Override
    public String subject() {
        return verb.name();
    }

    /** Returns whether any verb at all may follow this one. */
    public boolean restrictsNothing() {
        return mayFollow.size() == Verb.values().length;
    }
}
