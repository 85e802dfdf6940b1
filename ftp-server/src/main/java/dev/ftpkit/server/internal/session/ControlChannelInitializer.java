package dev.ftpkit.server.internal.session;

import dev.ftpkit.server.internal.command.CommandDispatcher;
import dev.ftpkit.server.internal.command.CommandRegistry;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the pipeline of each control connection, one concern per handler (a connection past
 * the session limits gets only {@link RefusedConnection}):
 *
 * <pre>
 * idle       IdleStateHandler + IdleTimeoutHandler  421 after the idle timeout
 * framing    CommandFramer     bytes to lines; oversized lines discarded whole
 * replies    ReplyWriter       Reply to RFC 959 wire form
 * ordering   CommandQueue      one command at a time; ABOR/STAT/QUIT during transfers
 * validity   CommandValidator  500 unknown/oversized, 501 bad argument
 * sequence   SequencingGuard   the protocol's rule table (530, 503, 425 ...)
 * dispatch   CommandDispatcher one handler per verb family
 * lifecycle  SessionLifecycle  greeting, open/close logs, cleanup, errors of any stage
 * </pre>
 */
public final class ControlChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final Logger log = LoggerFactory.getLogger(ControlChannelInitializer.class);

    private final ServerResources resources;
    private final CommandDispatcher dispatcher =
            new CommandDispatcher(CommandRegistry.standard());

    public ControlChannelInitializer(ServerResources resources) {
        this.resources = resources;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        resources.channels().add(channel);
        InetAddress client = channel.remoteAddress().getAddress();
        String refusal = resources.sessionCounts().tryOpen(client);
        if (refusal != null) {
            log.warn("Refused connection from {}: {}; raise maxSessions or"
                    + " maxSessionsPerAddress if this is not an attack", client.getHostAddress(),
                    refusal);
            channel.pipeline().addLast("replies", new ReplyWriter());
            channel.pipeline().addLast("refused", new RefusedConnection());
            return;
        }
        channel.closeFuture().addListener(closed -> resources.sessionCounts().release(client));

        FtpSession session = new FtpSession(resources.nextSessionId(), channel, resources);
        CommandQueue queue = new CommandQueue(session);
        session.attach(queue);
        int maxLineLength = resources.config().maxLineLength();
        long idleMillis = resources.config().idleTimeout().toMillis();

        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("idle", new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS));
        pipeline.addLast("idleTimeout", new IdleTimeoutHandler(session));
        pipeline.addLast("framing", new CommandFramer(maxLineLength));
        pipeline.addLast("replies", new ReplyWriter());
        pipeline.addLast("ordering", queue);
        pipeline.addLast("validity", new CommandValidator(maxLineLength));
        pipeline.addLast("sequence", new SequencingGuard());
        pipeline.addLast("dispatch", dispatcher);
        pipeline.addLast("lifecycle", new SessionLifecycle(session));
    }
}
