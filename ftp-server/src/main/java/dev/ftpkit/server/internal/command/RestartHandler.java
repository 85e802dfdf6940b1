package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * REST (RFC 3659 5): the byte offset where the next RETR, STOR or APPE starts, in stream
 * mode. The 350 makes the offset pending in the session state; any other command but the
 * transfer and its set-up then gets 503 from the sequencing rules.
 */
final class RestartHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        String argument = command.argument().trim();
        long offset;
        try {
            offset = argument.matches("\\d{1,19}") ? Long.parseLong(argument) : -1;
        } catch (NumberFormatException e) {
            offset = -1; // 19 digits above Long.MAX_VALUE
        }
        if (offset < 0) {
            command.reply(501, "REST needs a byte offset of 0 or more");
            return;
        }
        command.session().restartOffset(offset);
        command.reply(350, "Restarting at " + offset + "; send RETR, STOR or APPE");
    }
}
