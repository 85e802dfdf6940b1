package dev.ftpkit.server.internal.command;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.server.internal.session.RunningCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** HELP (RFC 959 4.1.3): the verbs this server implements, or the syntax of one. */
final class HelpHandler implements CommandHandler {

    private static final int VERBS_PER_LINE = 10;

    private final CommandRegistry registry;

    HelpHandler(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(RunningCommand command) {
        if (!command.command().hasArgument()) {
            command.reply(214, overview(registry));
            return;
        }
        String asked = command.argument().trim().toUpperCase(Locale.ROOT);
        Optional<Verb> verb = Verb.lookup(asked);
        if (verb.isEmpty()) {
            command.reply(501, "Unknown command " + asked);
        } else if (!registry.implemented(verb.get())) {
            command.reply(502, verb.get() + " is not implemented");
        } else {
            command.reply(214, "Syntax: " + verb.get().syntax());
        }
    }

    private static List<String> overview(CommandRegistry registry) {
        List<String> verbs = registry.implementedVerbs().stream().map(Verb::name).sorted()
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add("The following commands are recognized:");
        for (int i = 0; i < verbs.size(); i += VERBS_PER_LINE) {
            lines.add(" " + verbs.subList(i, Math.min(verbs.size(), i + VERBS_PER_LINE))
                    .stream().collect(Collectors.joining(" ")));
        }
        lines.add("Help OK");
        return lines;
    }
}
