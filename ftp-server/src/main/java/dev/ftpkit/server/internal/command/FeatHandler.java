package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.MlstFact;
import java.util.List;

/** FEAT (RFC 2389 3): the extensions this server supports, one per line after a space. */
final class FeatHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        command.reply(211, List.of(
                "Features:",
                " EPRT",
                " EPSV",
                " MDTM",
                " " + MlstFact.featureLine(command.session().mlstFacts()),
                " PASV",
                " REST STREAM",
                " SIZE",
                " TVFS",
                " UTF8",
                "End"));
    }
}
