package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.ArgumentRule;
import dev.ftpkit.protocol.command.Verb;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Refuses what no handler should see: an oversized line or an unknown verb (500), an argument
 * where none belongs or none where one is required, and control characters such as NUL in an
 * argument (501). The rest goes on to the sequencing guard.
 */
final class CommandValidator extends ChannelInboundHandlerAdapter {

    private static final int MAX_ECHOED_VERB = 16;

    private final int maxLineLength;

    CommandValidator(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        RunningCommand command = (RunningCommand) message;
        if (command.isOversized()) {
            command.reply(500, "Command line too long; the limit is " + maxLineLength + " bytes");
            return;
        }
        Verb verb = command.verb().orElse(null);
        if (verb == null) {
            command.reply(500, "Unknown command " + echo(command.command().verbText()));
            return;
        }
        String problem = argumentProblem(verb, command);
        if (problem != null) {
            command.reply(501, problem);
            return;
        }
        ctx.fireChannelRead(command);
    }

    private static String argumentProblem(Verb verb, RunningCommand command) {
        boolean given = command.command().hasArgument();
        if (verb.argument() == ArgumentRule.NONE && given) {
            return verb + " takes no argument";
        }
        if (verb.argument() == ArgumentRule.REQUIRED && !given) {
            return "Syntax: " + verb.syntax();
        }
        if (command.command().hasControlCharacters()) {
            return "Control characters are not allowed in an argument";
        }
        return null;
    }

    private static String echo(String verbText) {
        // The verb is echoed so a person sees the typo, but never with control characters
        // or at a length that would turn the reply into a mirror for junk.
        String printable = CommandLog.printable(verbText);
        return printable.length() > MAX_ECHOED_VERB
                ? printable.substring(0, MAX_ECHOED_VERB) + "..." : printable;
    }
}
