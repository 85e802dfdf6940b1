package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * Commands that are accepted and need nothing done: ALLO (RFC 959: this server needs no
 * space reserved, 202) and CLNT (the client names its software, 200).
 */
final class AcknowledgeHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        switch (command.verb().orElseThrow()) {
            case ALLO -> command.reply(202, "No storage allocation necessary");
            case CLNT -> command.reply(200, "Noted");
            default -> throw new IllegalArgumentException("not acknowledged here: " + command);
        }
    }
}
