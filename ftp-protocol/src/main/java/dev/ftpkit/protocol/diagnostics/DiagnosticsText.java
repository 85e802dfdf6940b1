package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.ArgumentRule;
import dev.ftpkit.protocol.command.Verb;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders explanations and findings as plain text for a terminal, wrapped to a given width.
 * Stateless and thread-safe.
 */
public final class DiagnosticsText {

    private DiagnosticsText() {
    }

    /** Returns {@code explanation} as text no wider than {@code width} columns. */
    public static String render(Explanation explanation, int width) {
        Lines out = new Lines(width);
        if (explanation instanceof ReplyExplanation reply) {
            reply(reply, out);
        } else if (explanation instanceof VerbExplanation verb) {
            verb(verb, out);
        }
        return out.toString();
    }

    /** Returns {@code finding} as a block of text no wider than {@code width} columns. */
    public static String render(Finding finding, int width) {
        Lines out = new Lines(width);
        out.text("line " + finding.lineNumber() + ": " + finding.severity() + " "
                + finding.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), "");
        if (!finding.command().isEmpty()) {
            out.labelled("command", finding.command());
        }
        if (!finding.reply().isEmpty()) {
            out.labelled("reply", finding.reply());
        }
        out.text(finding.message(), "  ");
        if (!finding.rule().isEmpty()) {
            out.labelled("rule", finding.rule());
        }
        out.labelled("fix", finding.fix());
        if (!finding.serverDifferences().isEmpty()) {
            out.text("servers differ:", "  ");
            finding.serverDifferences().forEach(line -> out.text(line, "    ", "      "));
        }
        return out.toString();
    }

    private static void reply(ReplyExplanation reply, Lines out) {
        out.text(reply.code() + " " + reply.meaning(), "");
        out.labelled("class", reply.replyClass() + ": " + reply.classMeaning());
        reply.group().ifPresent(group -> out.labelled("group",
                group.title() + ": " + group.meaning() + " (RFC 959 4.2.1)"));
        out.labelled("defined in", String.join(", ", reply.references()));
        out.list("Common causes:", reply.causes());
        out.list("What to do:", reply.remedies());
        if (!reply.rules().isEmpty()) {
            out.blank();
            out.text("Sequencing rules that answer " + reply.code() + ":", "");
            reply.rules().forEach(rule -> rule(rule, out));
        }
        if (!reply.otherServers().isEmpty()) {
            out.blank();
            out.text("Servers that answer " + reply.code() + " where the RFC owes another code:",
                    "");
            for (ServerQuirk quirk : reply.otherServers()) {
                out.text("- " + quirk.situation().description() + ": " + quirk.summary(), "  ",
                        "    ");
            }
        }
    }

    private static void rule(RuleExplanation rule, Lines out) {
        out.text("- " + rule.verbList() + ": needs " + rule.requirement() + " (otherwise "
                + rule.replyCode() + " " + rule.replyText() + ")", "  ", "    ");
        out.text("fix: " + rule.fix(), "    ", "         ");
        for (RuleExplanation.Case ruleCase : rule.cases()) {
            out.text("case: " + ruleCase.situation().description(), "    ", "      ");
            ruleCase.quirks().forEach(quirk -> out.text(quirk.summary(), "      ", "        "));
        }
    }

    private static void verb(VerbExplanation verb, Lines out) {
        out.text(verb.verb().name() + ": " + verb.summary(), "");
        out.labelled("syntax", verb.syntax());
        out.labelled("defined in", verb.source());
        verb.aliasOf().ifPresent(alias -> out.labelled("alias of", alias.name()));
        out.labelled("argument", argument(verb.argument()));
        out.labelled("needs login", verb.requiresLogin() ? "yes" : "no");
        out.labelled("transfer", verb.requiresDataConnection()
                ? "yes: PASV, EPSV, PORT or EPRT must come first" : "no");

        out.blank();
        out.text("What must come before it:", "");
        if (verb.rules().isEmpty()) {
            out.text("- nothing: no sequencing rule governs " + verb.verb().name(), "  ", "    ");
        }
        verb.rules().forEach(rule -> rule(rule, out));
        if (!verb.pathTo().isEmpty()) {
            out.text("Shortest way there from the greeting: " + verbs(verb.pathTo()), "  ",
                    "    ");
        }

        out.blank();
        out.text("What may follow it (once accepted):", "");
        verb.establishes().forEach(fact -> out.text("- now holds: " + fact, "  ", "    "));
        verb.ends().forEach(fact -> out.text("- no longer holds: " + fact, "  ", "    "));
        if (!verb.enables().isEmpty()) {
            out.text("- newly allowed: " + verbs(verb.enables()), "  ", "    ");
        }
        if (!verb.refuses().isEmpty()) {
            out.text("- refused until then: " + verbs(verb.refuses()), "  ", "    ");
        }
        out.text("- may follow: " + mayFollow(verb), "  ", "    ");
    }

    private static String mayFollow(VerbExplanation verb) {
        if (verb.mayFollow().isEmpty()) {
            return "nothing: the session is over";
        }
        if (verb.restrictsNothing()) {
            return "any command";
        }
        if (verb.mayFollow().size() <= Verb.values().length / 2) {
            return "only " + verbs(verb.mayFollow());
        }
        List<Verb> others = java.util.Arrays.stream(Verb.values())
                .filter(v -> !verb.mayFollow().contains(v)).toList();
        return "any command except " + verbs(others);
    }

    private static String argument(ArgumentRule rule) {
        return switch (rule) {
            case NONE -> "none; sending one gets 501";
            case REQUIRED -> "required; without one the reply is 501";
            case OPTIONAL -> "optional";
        };
    }

    private static String verbs(List<Verb> verbs) {
        return verbs.stream().map(Verb::name).collect(Collectors.joining(", "));
    }

    /** Collects wrapped lines. */
    private static final class Lines {

        private final int width;
        private final StringBuilder out = new StringBuilder();

        Lines(int width) {
            this.width = width;
        }

        void text(String text, String indent) {
            text(text, indent, indent);
        }

        void text(String text, String first, String rest) {
            TextWrap.wrap(text, width, first, rest).forEach(line -> out.append(line).append('\n'));
        }

        void labelled(String label, String text) {
            String head = "  " + label + ": ";
            text(text, head, " ".repeat(head.length()));
        }

        void list(String heading, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            blank();
            text(heading, "");
            items.forEach(item -> text("- " + item, "  ", "    "));
        }

        void blank() {
            out.append('\n');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
