package dev.ftpkit.server.internal.session;

import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.internal.transfer.PassivePorts;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every session of one server shares: the configuration, the threads, and the set of
 * open channels that {@code close()} ends.
 */
public final class ServerResources {

    // Threads for file work: enough that one slow disk call does not hold up every session,
    // few enough not to crowd the event loops on a small machine.
    private static final int FILE_THREADS =
            Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    // Threads for password checks: two keep one slow check from holding up every login,
    // and more than half the processors would let a login flood crowd out file work.
    private static final int LOGIN_THREADS =
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));

    private final FtpServerConfig config;
    private final EventLoopGroup acceptorGroup;
    private final EventLoopGroup sessionGroup;
    private final EventExecutorGroup fileExecutors;
    private final LoginExecutor loginExecutor;
    private final ChannelGroup channels;
    private final AtomicLong sessionIds = new AtomicLong();
    private final PassivePorts passivePorts;
    private final SessionCounts sessionCounts;

    private ServerResources(FtpServerConfig config) {
        this.config = config;
        // Named threads, so a thread dump says at once which ones are the server's.
        this.acceptorGroup = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("ftpkit-accept"), NioIoHandler.newFactory());
        this.sessionGroup = new MultiThreadIoEventLoopGroup(0,
                new DefaultThreadFactory("ftpkit-session"), NioIoHandler.newFactory());
        this.fileExecutors = new DefaultEventExecutorGroup(FILE_THREADS,
                new DefaultThreadFactory("ftpkit-files"));
        this.loginExecutor = new LoginExecutor(LOGIN_THREADS, config.maxLoginsInProgress());
        this.channels = new DefaultChannelGroup("ftp-sessions", GlobalEventExecutor.INSTANCE);
        this.passivePorts = new PassivePorts(config.passivePortFirst(), config.passivePortLast());
        this.sessionCounts = new SessionCounts(config.maxSessions(),
                config.maxSessionsPerAddress());
    }

    /** Returns the resources of a server about to bind. */
    public static ServerResources create(FtpServerConfig config) {
        return new ServerResources(config);
    }

    public FtpServerConfig config() {
        return config;
    }

    public EventLoopGroup acceptorGroup() {
        return acceptorGroup;
    }

    /** Returns the event loops that run control and data connections. */
    public EventLoopGroup sessionGroup() {
        return sessionGroup;
    }

    /** Returns the threads that do file-system work, which may block. */
    public EventExecutorGroup fileExecutors() {
        return fileExecutors;
    }

    /** Returns the threads that check passwords, with their limit on logins in progress. */
    LoginExecutor loginExecutor() {
        return loginExecutor;
    }

    /** Returns every open control, data and passive listener channel. */
    public ChannelGroup channels() {
        return channels;
    }

    /** Returns the ports passive listeners may bind, shared by all sessions. */
    public PassivePorts passivePorts() {
        return passivePorts;
    }

    /** Returns the open control connections, counted against the configured limits. */
    SessionCounts sessionCounts() {
        return sessionCounts;
    }

    /** Returns a new session id, such as "s17", which starts each log line of the session. */
    public String nextSessionId() {
        return "s" + sessionIds.incrementAndGet();
    }

    /** Closes every channel and stops every thread, waiting a short while for them. */
    public void shutdown() {
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        acceptorGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        sessionGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        fileExecutors.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        loginExecutor.shutdown();
        acceptorGroup.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        sessionGroup.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        fileExecutors.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
