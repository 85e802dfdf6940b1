package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * REIN (RFC 959 4.1.1): ends the login and resets the session as if it had just connected.
 * The 220 moves the session state back to "greeted", which drops the prepared data
 * connection, the REST offset and the rename source with it.
 */
final class ReinHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        command.session().reinitialize();
        command.reply(220, "Service ready for new user");
    }
}
