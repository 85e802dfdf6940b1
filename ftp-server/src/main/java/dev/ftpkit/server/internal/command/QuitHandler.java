package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * QUIT: 221 and close. During a transfer the session closes after the transfer's final
 * reply (RFC 959 4.1.1), so a client that quits early still learns how its transfer ended.
 */
final class QuitHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        session.transfer().ifPresentOrElse(
                transfer -> transfer.whenFinished(() -> goodbye(command)),
                () -> goodbye(command));
    }

    private static void goodbye(RunningCommand command) {
        command.reply(221, "Goodbye");
        command.session().closeAfterReplies();
    }
}
