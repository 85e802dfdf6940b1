package dev.ftpkit.protocol.sequence;

import static dev.ftpkit.protocol.internal.MarkdownTable.code;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.internal.MarkdownTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the sequencing rules and the verb catalog as Markdown, from the data itself:
 * docs/protocol.md holds this output, and a test keeps the two equal.
 */
public final class SequencingTable {

    private SequencingTable() {
    }

    /** Returns the rule table, the table of what commands change, and the verb catalog. */
    public static String markdown() {
        return rulesMarkdown() + "\n" + changesMarkdown() + "\n" + verbsMarkdown();
    }

    /** Returns the rule table, one row per {@link SequencingRules#RULES} entry, in order. */
    public static String rulesMarkdown() {
        MarkdownTable table = new MarkdownTable("#", "Verbs", "Must hold before", "Otherwise",
                "What to do");
        int number = 1;
        for (SequencingRule rule : SequencingRules.RULES) {
            table.row(String.valueOf(number++), describe(rule.verbs()),
                    rule.precondition().description(),
                    code(rule.replyCode() + " " + rule.replyText()), rule.fix());
        }
        return "## Sequencing rules\n\n"
                + "Checked in this order; the first rule a command breaks decides the reply."
                + " Aliases (XCWD, XPWD ...) are checked as the verb they stand for.\n\n"
                + table.render();
    }

    /**
     * Returns, for each verb that changes a precondition, what it changes when accepted in
     * the first state that allows it (see {@link SequencingRules#successors(Verb)}).
     */
    public static String changesMarkdown() {
        MarkdownTable table = new MarkdownTable("Verb", "Accepted with", "Now holds",
                "No longer holds", "May follow");
        for (Verb verb : canonicalVerbs()) {
            Successors successors = SequencingRules.successors(verb);
            if (successors.established().isEmpty() && successors.ended().isEmpty()) {
                continue;
            }
            table.row(verb.name(), String.valueOf(successors.replyCode()),
                    describePreconditions(successors.established()),
                    describePreconditions(successors.ended()),
                    describeFollowers(successors.mayFollow()));
        }
        return "## What an accepted command changes\n\n"
                + "Each verb sent in the first state that allows it, reached from a fresh"
                + " greeting, and answered with its usual positive reply.\n\n"
                + table.render();
    }

    /** Returns the verb catalog, one row per {@link Verb}, in declaration order. */
    public static String verbsMarkdown() {
        MarkdownTable table = new MarkdownTable("Verb", "Defined in", "Syntax", "Argument",
                "Login", "Data connection", "Summary");
        for (Verb verb : Verb.values()) {
            table.row(verb.name(), definedIn(verb), code(verb.syntax()),
                    verb.argument().name().toLowerCase(Locale.ROOT),
                    yesNo(verb.requiresLogin()), yesNo(verb.requiresDataConnection()),
                    verb.summary());
        }
        return "## Verb catalog\n\n" + table.render();
    }

    private static String definedIn(Verb verb) {
        return verb.section().isEmpty() ? verb.source().title()
                : verb.source().title() + " " + verb.section();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String describePreconditions(Set<Precondition> preconditions) {
        return preconditions.stream().sorted().map(Precondition::description)
                .collect(Collectors.joining("; "));
    }

    private static String describeFollowers(Set<Verb> followers) {
        if (followers.isEmpty()) {
            return "nothing: the connection closes";
        }
        return followers.containsAll(canonicalVerbs()) ? "any" : describe(followers);
    }

    /**
     * Returns a verb set in words: by the catalog column it matches, as a complement when it
     * holds most verbs, or as a list. Aliases are left out; they follow their verb.
     */
    private static String describe(Set<Verb> verbs) {
        List<Verb> canonical = canonicalVerbs();
        List<Verb> listed = canonical.stream().filter(verbs::contains).toList();
        if (listed.equals(canonical.stream().filter(Verb::requiresLogin).toList())) {
            return "every verb with Login = yes";
        }
        if (listed.equals(canonical.stream().filter(Verb::requiresDataConnection).toList())) {
            return "every verb with Data connection = yes";
        }
        if (listed.size() > canonical.size() / 2) {
            return "every verb except " + joinNames(canonical.stream()
                    .filter(verb -> !verbs.contains(verb)).toList());
        }
        return joinNames(listed);
    }

    private static List<Verb> canonicalVerbs() {
        return Arrays.stream(Verb.values()).filter(verb -> verb.canonical() == verb).toList();
    }

    private static String joinNames(List<Verb> verbs) {
        return verbs.stream().map(Verb::name).collect(Collectors.joining(", "));
    }
}
