package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.codec.DecodedLine;
import dev.ftpkit.protocol.command.Verb;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases commands one at a time, so replies leave in the order commands came, even when
 * a client pipelines several in one packet and handlers finish on other threads.
 *
 * <p>While a transfer runs, ABOR, QUIT and STAT without argument are released at once
 * (RFC 959 4.1.3 lets them reach a busy server); everything else waits for the transfer's
 * final reply. The queue is bounded: past {@link #MAX_WAITING} lines the connection stops
 * reading until the queue drains, so a flood of commands cannot exhaust memory.
 *
 * <p>Replies are bounded too. While the control channel is not writable (its outbound buffer
 * is above Netty's high water mark because the client does not read), no command is released,
 * urgent ones included; the queue then fills and reading stops. Without this, a client that
 * pipelines cheap commands with big replies (STAT of a large directory, HELP) and never
 * reads would make the server buffer every reply. Commands go on when the channel is
 * writable again.
 */
final class CommandQueue extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandQueue.class);

    static final int MAX_WAITING = 64;

    private final FtpSession session;
    private final Deque<RunningCommand> waiting = new ArrayDeque<>();
    private ChannelHandlerContext context;
    private int running;
    private boolean draining;
    private boolean paused;

    CommandQueue(FtpSession session) {
        this.session = session;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.context = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        RunningCommand command = toCommand((DecodedLine) message);
        log.debug("{} > {}", session.id(), command);
        if (session.isClosing()) {
            return;
        }
        if (running > 0 && session.transfer().isPresent() && isUrgent(command)
                && ctx.channel().isWritable()) {
            release(command);
            return;
        }
        waiting.addLast(command);
        if (waiting.size() >= MAX_WAITING && !paused) {
            paused = true;
            ctx.channel().config().setAutoRead(false);
        }
        drain();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    /** Called once per command when its final reply was sent. */
    void finished(RunningCommand command) {
        running--;
        drain();
    }

    private void drain() {
        if (draining) {
            return; // a command answered synchronously inside release(); the loop below goes on
        }
        draining = true;
        try {
            while (running == 0 && !waiting.isEmpty() && !session.isClosing()
                    && context.channel().isWritable()) {
                release(waiting.removeFirst());
            }
            if (paused && waiting.size() < MAX_WAITING / 2 && !session.isClosing()) {
                paused = false;
                context.channel().config().setAutoRead(true);
            }
        } finally {
            draining = false;
        }
    }

    private void release(RunningCommand command) {
        running++;
        context.fireChannelRead(command);
    }

    private RunningCommand toCommand(DecodedLine line) {
        if (line instanceof DecodedLine.Oversized oversized) {
            return RunningCommand.oversized(session, oversized.length());
        }
        return RunningCommand.of(session, CommandParser.parse(((DecodedLine.Line) line).text()));
    }

    private static boolean isUrgent(RunningCommand command) {
        Verb verb = command.verb().orElse(null);
        return verb == Verb.ABOR || verb == Verb.QUIT
                || verb == Verb.STAT && !command.command().hasArgument();
    }
}
