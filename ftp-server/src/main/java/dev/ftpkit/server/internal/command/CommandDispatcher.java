package dev.ftpkit.server.internal.command;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.server.internal.session.RunningCommand;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage of the control pipeline: hands each command that passed the guard to its
 * verb's handler. A handler that throws gets the command answered with 451, so the session
 * never hangs waiting for a reply.
 */
@ChannelHandler.Sharable
public final class CommandDispatcher extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandRegistry registry;

    public CommandDispatcher(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        RunningCommand command = (RunningCommand) message;
        Verb verb = command.verb().orElseThrow();
        try {
            registry.handlerFor(verb).handle(command);
        } catch (RuntimeException e) {
            log.error("{} {} handler failed; replying 451", command.session().id(), command, e);
            if (!command.isFinished()) {
                command.reply(451, "Local error in processing");
            }
        }
    }
}
