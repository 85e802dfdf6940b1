package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * Answers verbs of the catalog this server does not implement with 502, which clients
 * read as "not supported, fall back" (AUTH TLS before TLS support, LPRT, MFMT ...).
 */
final class NotImplementedHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        command.reply(502, command.command().verbText() + " not implemented");
    }
}
