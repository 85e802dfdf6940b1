package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * ABOR (RFC 959 4.1.3). With a transfer running: the transfer is stopped, its own final
 * reply is 426, and ABOR then answers 226. With none: 225, and a prepared data connection
 * stays prepared.
 */
final class AbortHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        command.session().transfer().ifPresentOrElse(transfer -> {
            transfer.whenFinished(() -> command.reply(226, "ABOR successful"));
            transfer.abort();
        }, () -> command.reply(225, "No transfer to abort"));
    }
}
