package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.MlstFact;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * OPTS (RFC 2389 4): OPTS UTF8 ON/OFF, which clients send before using UTF-8 names
 * (this server always speaks UTF-8, RFC 2640), and OPTS MLST to choose the facts of MLST
 * and MLSD lines (RFC 3659 7.9).
 */
final class OptsHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        String argument = command.argument().trim();
        int space = argument.indexOf(' ');
        String option = (space < 0 ? argument : argument.substring(0, space))
                .toUpperCase(Locale.ROOT);
        String value = space < 0 ? "" : argument.substring(space + 1).trim();
        switch (option) {
            case "UTF8", "UTF-8" -> utf8(command, value);
            case "MLST" -> mlst(command, value);
            default -> command.reply(501, "Option not understood: " + option);
        }
    }

    private static void utf8(RunningCommand command, String value) {
        String mode = value.toUpperCase(Locale.ROOT);
        if (mode.equals("ON") || mode.isEmpty()) {
            command.reply(200, "UTF8 mode on");
        } else if (mode.equals("OFF")) {
            // Names stay UTF-8 on the wire either way; OFF only stops a client from
            // waiting for a refusal it would not know how to handle.
            command.reply(200, "UTF8 mode off; names are still sent as UTF-8");
        } else {
            command.reply(501, "OPTS UTF8 takes ON or OFF");
        }
    }

    private static void mlst(RunningCommand command, String value) {
        // RFC 3659 7.9: unknown facts are ignored, and the reply lists those now in effect.
        Set<MlstFact> facts = EnumSet.noneOf(MlstFact.class);
        for (String name : value.split(";")) {
            MlstFact.lookup(name.trim()).ifPresent(facts::add);
        }
        command.session().mlstFacts(facts);
        command.reply(200, "MLST OPTS " + MlstFact.optsLine(facts));
    }
}
