package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;
import java.util.Locale;

/** SITE (RFC 959 4.1.3): only SITE HELP; other site commands (CHMOD ...) get 502. */
final class SiteHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        String sub = command.argument().trim().split(" ", 2)[0].toUpperCase(Locale.ROOT);
        if (sub.equals("HELP")) {
            command.reply(214, "SITE commands: HELP");
        } else {
            command.reply(502, "SITE " + sub + " not implemented");
        }
    }
}
