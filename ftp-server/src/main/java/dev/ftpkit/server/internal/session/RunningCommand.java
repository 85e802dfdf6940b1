package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Command;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import java.util.Optional;

/**
 * One command from the moment the queue releases it until its final reply is sent. Each
 * stage of the pipeline either answers it or passes it on; exactly one final reply ends it.
 */
public final class RunningCommand {

    private final FtpSession session;
    private final Command command;
    private final long oversizedLength;
    private boolean finished;

    private RunningCommand(FtpSession session, Command command, long oversizedLength) {
        this.session = session;
        this.command = command;
        this.oversizedLength = oversizedLength;
    }

    /** Returns a command parsed from a whole line. */
    static RunningCommand of(FtpSession session, Command command) {
        return new RunningCommand(session, command, -1);
    }

    /** Returns the stand-in for a line that was too long to keep; it is never run. */
    static RunningCommand oversized(FtpSession session, long length) {
        return new RunningCommand(session, new Command("", ""), length);
    }

    public FtpSession session() {
        return session;
    }

    public Command command() {
        return command;
    }

    /** Returns the verb, or empty for an unknown verb or an oversized line. */
    public Optional<Verb> verb() {
        return isOversized() ? Optional.empty() : command.verb();
    }

    /** Returns the argument exactly as sent, "" when none. */
    public String argument() {
        return command.argument();
    }

    /** Returns whether this stands for a discarded line longer than the limit. */
    public boolean isOversized() {
        return oversizedLength >= 0;
    }

    /** Returns the length of the discarded line, when {@link #isOversized()}. */
    public long oversizedLength() {
        return oversizedLength;
    }

    /** Returns whether the final reply was sent. */
    public boolean isFinished() {
        return finished;
    }

    /** Sends a 1yz reply; the command goes on running. Safe from any thread. */
    public void preliminary(int code, String text) {
        session.runOnLoop(() -> session.send(this, Reply.of(code, text), false));
    }

    /** Sends the final reply, which ends the command. Safe from any thread. */
    public void reply(int code, String text) {
        reply(Reply.of(code, text));
    }

    /** Sends a multi-line final reply. Safe from any thread. */
    public void reply(int code, List<String> lines) {
        reply(Reply.multiLine(code, lines));
    }

    /** Sends the final reply, which ends the command. Safe from any thread. */
    public void reply(Reply reply) {
        session.runOnLoop(() -> {
            if (finished) {
                throw new IllegalStateException(session.id() + " " + command.verbText()
                        + " answered twice; second reply " + reply.code());
            }
            finished = true;
            session.send(this, reply, true);
        });
    }

    @Override
    public String toString() {
        return isOversized() ? "<line of " + oversizedLength + " bytes>"
                : CommandLog.masked(command);
    }
}
