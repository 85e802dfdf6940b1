package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;

/**
 * Runs one verb or a close family of verbs. Called on the session's event loop after the
 * validator and the sequencing guard let the command through, so a handler never checks a
 * sequencing rule itself. It must end the command with exactly one final reply, now or
 * later; blocking work goes through {@code FtpSession.offload}.
 */
@FunctionalInterface
public interface CommandHandler {

    void handle(RunningCommand command);
}
