package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.sequence.SessionState;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.UserAccount;
import dev.ftpkit.server.internal.storage.MlstFact;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.DataChannelContext;
import dev.ftpkit.server.internal.transfer.DataConnectionSource;
import dev.ftpkit.server.internal.transfer.Transfer;
import dev.ftpkit.server.internal.transfer.TransferType;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one control connection, from greeting to close.
 *
 * <p>Everything here is read and written on the control channel's event loop only; file work
 * goes to {@link #offload} and comes back to the loop before it touches the session.
 *
 * <p>The protocol's {@link SessionState} decides what may come next. It moves on every reply
 * sent, and the typed fields that depend on it (rename source, restart offset, prepared data
 * connection, user) are dropped as soon as it says they are no longer valid, so the two never
 * disagree.
 */
public final class FtpSession {

    private static final Logger log = LoggerFactory.getLogger(FtpSession.class);

    private final String id;
    private final Channel channel;
    private final ServerResources resources;
    private final EventExecutor fileExecutor;
    private final long openedAt = System.nanoTime();
    private CommandQueue queue;

    private SessionState state = SessionState.connected();
    private String pendingUserName;
    private UserAccount user;
    private UserFileSystem files;
    private int failedLogins;
    private TransferType type = TransferType.ASCII;
    private long restartOffset;
    private VirtualPath renameSource;
    private DataConnectionSource pendingData;
    private Transfer transfer;
    private Set<MlstFact> mlstFacts = MlstFact.DEFAULTS;
    private boolean closing;

    FtpSession(String id, Channel channel, ServerResources resources) {
        this.id = id;
        this.channel = channel;
        this.resources = resources;
        this.fileExecutor = resources.fileExecutors().next();
    }

    void attach(CommandQueue queue) {
        this.queue = queue;
    }

    /** Returns the id that starts every log line about this session, such as "s12". */
    public String id() {
        return id;
    }

    public FtpServerConfig config() {
        return resources.config();
    }

    public ServerResources resources() {
        return resources;
    }

    public Channel channel() {
        return channel;
    }

    /** Returns the control channel's event loop, where all session state lives. */
    public EventLoop loop() {
        return channel.eventLoop();
    }

    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    public SessionState state() {
        return state;
    }

    /** Returns milliseconds since the connection opened. */
    public long ageMillis() {
        return (System.nanoTime() - openedAt) / 1_000_000;
    }

    // ---- login

    public Optional<String> pendingUserName() {
        return Optional.ofNullable(pendingUserName);
    }

    public void pendingUserName(String name) {
        this.pendingUserName = name;
    }

    /** Returns the logged-in user; empty before login and after REIN. */
    public Optional<UserAccount> user() {
        return Optional.ofNullable(user);
    }

    /** Returns the user's name for logs: the logged-in one, else the one USER named, else "-". */
    public String userForLog() {
        if (user != null) {
            return user.name();
        }
        return pendingUserName == null ? "-" : CommandLog.printable(pendingUserName);
    }

    /** Records a successful login; the 230 reply that follows moves the session state. */
    public void loggedIn(UserAccount account, UserFileSystem fileSystem) {
        this.user = account;
        this.files = fileSystem;
        this.failedLogins = 0;
    }

    /** Counts a failed login and returns how many there were in this session. */
    public int countFailedLogin() {
        return ++failedLogins;
    }

    /** Returns the user's file system view; only valid once logged in. */
    public UserFileSystem files() {
        if (files == null) {
            throw new IllegalStateException(id + " file system used before login");
        }
        return files;
    }

    /** Forgets the user and every transfer parameter, as REIN asks (RFC 959 4.1.1). */
    public void reinitialize() {
        pendingUserName = null;
        user = null;
        files = null;
        type = TransferType.ASCII;
        mlstFacts = MlstFact.DEFAULTS;
    }

    // ---- transfer parameters

    public TransferType type() {
        return type;
    }

    public void type(TransferType type) {
        this.type = type;
    }

    /** Returns the REST offset for the next transfer, 0 when none is pending. */
    public long restartOffset() {
        return restartOffset;
    }

    public void restartOffset(long offset) {
        this.restartOffset = offset;
    }

    public Optional<VirtualPath> renameSource() {
        return Optional.ofNullable(renameSource);
    }

    public void renameSource(VirtualPath source) {
        this.renameSource = source;
    }

    public Set<MlstFact> mlstFacts() {
        return mlstFacts;
    }

    public void mlstFacts(Set<MlstFact> facts) {
        this.mlstFacts = Set.copyOf(facts);
    }

    // ---- data connections and transfers

    /** Returns the data connection prepared by PASV, EPSV, PORT or EPRT, if any. */
    public Optional<DataConnectionSource> pendingData() {
        return Optional.ofNullable(pendingData);
    }

    /** Replaces the prepared data connection, closing the one it replaces. */
    public void pendingData(DataConnectionSource source) {
        if (pendingData != null && pendingData != source) {
            pendingData.close();
        }
        this.pendingData = source;
    }

    /** Hands the prepared data connection to a transfer, which then owns and closes it. */
    public Optional<DataConnectionSource> takePendingData() {
        DataConnectionSource taken = pendingData;
        pendingData = null;
        return Optional.ofNullable(taken);
    }

    /** Returns the transfer running now, if any. */
    public Optional<Transfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    /** Registers the transfer that runs now; ABOR, STAT and QUIT reach it while it runs. */
    public void startTransfer(Transfer running) {
        if (transfer != null) {
            throw new IllegalStateException(id + " second transfer while " + transfer.verb()
                    + " runs");
        }
        this.transfer = running;
    }

    /**
     * Ends {@code ended} with its final reply for {@code command}, logs the transfer line, and
     * lets the commands that waited for it (ABOR, QUIT) go on.
     */
    public void finishTransfer(RunningCommand command, Transfer ended, int code, String text) {
        runOnLoop(() -> {
            if (transfer == ended) {
                transfer = null;
            }
            log.info("{} transfer: user {}, {} {}, {} bytes, {} ms, {} {}", id, userForLog(),
                    ended.verb(), ended.path(), ended.bytes(), ended.elapsedMillis(), code,
                    ended.isAborted() ? "aborted" : text);
            command.reply(code, text);
            ended.finished();
        });
    }

    /** Returns what a data connection of this session needs to know. */
    public DataChannelContext dataChannelContext() {
        return new DataChannelContext(id, loop(), resources.channels(),
                localAddress().getAddress(), remoteAddress().getAddress());
    }

    // ---- threads

    /** Runs {@code task} on the event loop: now when already there, else soon. */
    public void runOnLoop(Runnable task) {
        if (loop().inEventLoop()) {
            task.run();
        } else {
            loop().execute(task);
        }
    }

    /** Returns the single thread that does this session's file work, in submission order. */
    public EventExecutor fileExecutor() {
        return fileExecutor;
    }

    /**
     * Runs {@code work} on the file executor and hands its result or failure to {@code then}
     * on the event loop.
     */
    public <T> void offload(FileWork<T> work, BiConsumer<T, Throwable> then) {
        fileExecutor.execute(() -> runAndReturn(work, then));
    }

    /**
     * Runs {@code work}, a password check, on the server's login threads and hands its
     * result or failure to {@code then} on the event loop; file work of other sessions does
     * not wait behind it.
     *
     * @return false, having run nothing, when as many logins as the configuration allows
     *     already run or wait
     */
    public <T> boolean offloadLogin(FileWork<T> work, BiConsumer<T, Throwable> then) {
        return resources.loginExecutor().trySubmit(() -> runAndReturn(work, then));
    }

    private <T> void runAndReturn(FileWork<T> work, BiConsumer<T, Throwable> then) {
        T result = null;
        Throwable failure = null;
        try {
            result = work.run();
        } catch (Exception | Error e) {
            failure = e;
        }
        T finalResult = result;
        Throwable finalFailure = failure;
        try {
            runOnLoop(() -> then.accept(finalResult, finalFailure));
        } catch (RejectedExecutionException e) {
            // The event loop stopped: the server is closing and this session with it, so
            // there is no one left to answer.
            log.debug("{} result dropped after the event loop stopped", id);
        }
    }

    /**
     * Runs {@code work} for {@code command} on the file executor and {@code onSuccess} on the
     * event loop. A {@link StorageFailure} becomes its reply; anything else becomes 451.
     */
    public <T> void offload(RunningCommand command, FileWork<T> work, Consumer<T> onSuccess) {
        offload(work, (result, failure) -> {
            if (failure != null) {
                replyFailure(command, failure);
                return;
            }
            try {
                onSuccess.accept(result);
            } catch (RuntimeException e) {
                replyFailure(command, e);
            }
        });
    }

    /** Answers {@code command} for {@code failure}: its own reply, or 451 for the unexpected. */
    public void replyFailure(RunningCommand command, Throwable failure) {
        if (command.isFinished()) {
            log.error("{} {} failed after its reply", id, command, failure);
            return;
        }
        if (failure instanceof StorageFailure storage) {
            command.reply(storage.code(), storage.text());
            return;
        }
        log.error("{} {} failed; replying 451", id, command, failure);
        command.reply(451, "Local error in processing");
    }

    // ---- replies

    void greet() {
        Reply greeting = Reply.of(220, "ftpkit FTP server ready");
        log.debug("{} < {} {}", id, greeting.code(), greeting.lines().get(0));
        channel.writeAndFlush(greeting);
        state = SessionState.greeted();
    }

    void send(RunningCommand command, Reply reply, boolean isFinal) {
        if (log.isDebugEnabled()) {
            log.debug("{} < {} {}", id, reply.code(), reply.lines().get(0));
        }
        if (channel.isActive()) {
            channel.writeAndFlush(reply);
        }
        command.verb().ifPresent(verb -> moveState(verb, reply.code()));
        if (isFinal) {
            queue.finished(command);
        }
    }

    private void moveState(Verb verb, int code) {
        state = state.next(verb, code);
        if (!state.renamePending()) {
            renameSource = null;
        }
        if (!state.restartPending()) {
            restartOffset = 0;
        }
        if (!state.dataConnectionPrepared() && pendingData != null) {
            pendingData.close();
            pendingData = null;
        }
        if (!state.loggedIn() && user != null) {
            user = null;
            files = null;
        }
    }

    /** Sends {@code reply} outside any command (idle timeout, shutdown) and closes. */
    public void closeWith(int code, String text) {
        runOnLoop(() -> {
            log.debug("{} < {} {}", id, code, text);
            closing = true;
            channel.writeAndFlush(Reply.of(code, text)).addListener(ChannelFutureListener.CLOSE);
        });
    }

    /** Closes the connection once the replies written so far are flushed. */
    public void closeAfterReplies() {
        closing = true;
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    /** Returns whether the session is ending, so no further command may start. */
    public boolean isClosing() {
        return closing || !channel.isActive();
    }

    void closed() {
        closing = true;
        if (transfer != null) {
            transfer.abort();
        }
        if (pendingData != null) {
            pendingData.close();
            pendingData = null;
        }
        log.info("{} closed: remote {}, user {}, {} ms", id, remoteAddress(), userForLog(),
                ageMillis());
    }

    /** Work that may block and may fail: file-system calls, password checks. */
    @FunctionalInterface
    public interface FileWork<T> {
        T run() throws Exception;
    }
}
