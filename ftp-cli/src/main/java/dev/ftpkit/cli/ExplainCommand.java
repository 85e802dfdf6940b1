package dev.ftpkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.diagnostics.DiagnosticsText;
import dev.ftpkit.protocol.diagnostics.Explanation;
import dev.ftpkit.protocol.diagnostics.Explanations;
import dev.ftpkit.protocol.diagnostics.ReplyExplanation;
import dev.ftpkit.protocol.diagnostics.RuleExplanation;
import dev.ftpkit.protocol.diagnostics.ServerQuirk;
import dev.ftpkit.protocol.diagnostics.VerbExplanation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ftpkit explain}: says what a reply code or a verb means and what must come first. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Explains a reply code (what it means, why servers send it, what to do, and which "
                    + "out-of-order commands produce it) or a verb (its syntax, what must come "
                    + "before it and what may follow it).",
            "",
            "Examples: ftpkit explain 503    ftpkit explain rnto    ftpkit explain 425 --json",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Explained.",
            "2:Unknown reply code or verb, or a usage error."})
final class ExplainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CODE|VERB",
            description = "A three-digit reply code such as 503, or a command verb such as "
                    + "RNTO (in any case).")
    private String subject;

    @Option(names = "--json", description = "Print the explanation as JSON, for scripts.")
    private boolean json;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "100",
            description = "Wrap the text at this many columns. Default: ${DEFAULT-VALUE}.")
    private int width;

    @Override
    public Integer call() throws Exception {
        Optional<Explanation> explanation = Explanations.lookup(subject);
        if (explanation.isEmpty()) {
            return unknown();
        }

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(toJson(explanation.get())));
        } else {
            out.print(DiagnosticsText.render(explanation.get(), Math.max(width, 40)));
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private int unknown() {
        PrintWriter err = spec.commandLine().getErr();
        String trimmed = subject.trim();
        String what;
        if (trimmed.matches("[1-5]\\d{2}")) {
            what = "no FTP RFC defines reply code " + trimmed + "; the server invented it."
                    + " Its first digit still says " + (trimmed.charAt(0) <= '3'
                            ? "the command succeeded or is under way" : "the command failed");
        } else if (trimmed.matches("\\d+")) {
            what = "\"" + trimmed + "\" is no reply code: codes have three digits, 100 to 599";
        } else {
            what = "\"" + subject + "\" is neither a reply code nor a verb ftpkit knows;"
                    + " try 'ftpkit explain 503' or 'ftpkit explain RNTO'";
        }
        err.println("ftpkit explain: " + what);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static ObjectNode toJson(Explanation explanation) {
        if (explanation instanceof ReplyExplanation reply) {
            return replyJson(reply);
        }
        return verbJson((VerbExplanation) explanation);
    }

    private static ObjectNode replyJson(ReplyExplanation reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "reply");
        node.put("code", reply.code());
        node.put("meaning", reply.meaning());
        node.put("class", reply.replyClass());
        node.put("classMeaning", reply.classMeaning());
        reply.group().ifPresent(group -> {
            node.put("group", group.title());
            node.put("groupMeaning", group.meaning());
        });
        strings(node.putArray("causes"), reply.causes());
        strings(node.putArray("remedies"), reply.remedies());
        strings(node.putArray("references"), reply.references());
        ArrayNode rules = node.putArray("rules");
        reply.rules().forEach(rule -> rules.add(ruleJson(rule)));
        ArrayNode others = node.putArray("otherServers");
        reply.otherServers().forEach(quirk -> others.add(quirkJson(quirk)));
        return node;
    }

    private static ObjectNode verbJson(VerbExplanation verb) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "verb");
        node.put("verb", verb.verb().name());
        node.put("summary", verb.summary());
        node.put("syntax", verb.syntax());
        node.put("source", verb.source());
        node.put("argument", verb.argument().name());
        node.put("requiresLogin", verb.requiresLogin());
        node.put("requiresDataConnection", verb.requiresDataConnection());
        verb.aliasOf().ifPresent(alias -> node.put("aliasOf", alias.name()));
        ArrayNode rules = node.putArray("rules");
        verb.rules().forEach(rule -> rules.add(ruleJson(rule)));
        verbs(node.putArray("pathTo"), verb.pathTo());
        strings(node.putArray("establishes"), verb.establishes());
        strings(node.putArray("ends"), verb.ends());
        verbs(node.putArray("enables"), verb.enables());
        verbs(node.putArray("refuses"), verb.refuses());
        verbs(node.putArray("mayFollow"), verb.mayFollow());
        return node;
    }

    private static ObjectNode ruleJson(RuleExplanation rule) {
        ObjectNode node = JSON.createObjectNode();
        verbs(node.putArray("verbs"), rule.verbs());
        node.put("requirement", rule.requirement());
        node.put("replyCode", rule.replyCode());
        node.put("replyText", rule.replyText());
        node.put("fix", rule.fix());
        ArrayNode cases = node.putArray("cases");
        for (RuleExplanation.Case ruleCase : rule.cases()) {
            ObjectNode caseNode = cases.addObject();
            caseNode.put("situation", ruleCase.situation().name());
            caseNode.put("description", ruleCase.situation().description());
            ArrayNode servers = caseNode.putArray("servers");
            ruleCase.quirks().forEach(quirk -> servers.add(quirkJson(quirk)));
        }
        return node;
    }

    private static ObjectNode quirkJson(ServerQuirk quirk) {
        ObjectNode node = JSON.createObjectNode();
        node.put("server", quirk.server());
        node.put("situation", quirk.situation().name());
        quirk.replyCode().ifPresent(code -> node.put("replyCode", code));
        if (!quirk.replyText().isEmpty()) {
            node.put("replyText", quirk.replyText());
        }
        if (!quirk.behaviour().isEmpty()) {
            node.put("behaviour", quirk.behaviour());
        }
        node.put("source", quirk.source());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void verbs(ArrayNode array, List<Verb> values) {
        values.forEach(verb -> array.add(verb.name()));
    }
}
