package dev.ftpkit.bench;

import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.server.internal.session.ControlChannelInitializer;
import dev.ftpkit.server.internal.session.ServerResources;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures one command's trip through the server's whole control pipeline, from the bytes of
 * the line to the bytes of its reply: idle tracking, framing and decoding, the command queue,
 * validation, the sequencing guard (the protocol's rule table),
 * dispatch to the verb's handler, the session state's move on the reply, and reply encoding.
 * The session is logged in once in setup, so PWD passes the guard. Scores are nanoseconds per
 * command.
 *
 * <p>The pipeline runs on Netty's {@link EmbeddedChannel} in the benchmark thread, so the
 * figure is the CPU cost of a command with no socket, no system call and no thread hand-off;
 * a real session adds those. NOOP, PWD and TYPE I were chosen because their handlers answer
 * at once on the event loop, with no file work, so the pipeline is what is measured.
 *
 * <p>Baseline: {@link #harnessFloor}, the same channel with one handler that releases the
 * line and writes a ready-made reply. It is the cost of the embedded channel's write, flush
 * and read themselves; what the other scores add to it is ftpkit's.
 *
 * <p>Pitfalls avoided: each method returns the reply code it read back, so JMH consumes it and
 * the JIT cannot drop the work as dead code; the command bytes live in instance fields of the
 * state, not in constants the compiler could fold; every reply buffer is released, so the
 * pooled allocator does not grow and leak-detection or GC work does not pollute later
 * iterations. Logging is slf4j-nop, as a server logging at INFO does no work per command.
 *
 * <p>Expected result: one to a few microseconds per command, several times the harness floor,
 * spent mostly in the per-command objects (line, command, reply) and the reply encoding.
 * The figures measured are in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SessionDispatchBenchmark {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";
    private static final long LOGIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private byte[] noop;
    private byte[] pwd;
    private byte[] typeImage;
    private Path root;
    private ServerResources resources;
    private EmbeddedSocketChannel session;
    private EmbeddedChannel floor;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        noop = ascii("NOOP\r\n");
        pwd = ascii("PWD\r\n");
        typeImage = ascii("TYPE I\r\n");
        root = Files.createTempDirectory("ftpkit-bench");
        // The server requires a user store; the benchmark logs in anonymously (below).
        InMemoryUserStore users = InMemoryUserStore.builder()
                .add(USER, PasswordHash.hash(PASSWORD.toCharArray(), 1), "", true)
                .build();
        // Anonymous: its login checks no password, so it runs on the file executor that
        // awaitFileExecutorsIdle can wait for, not on the server's multi-threaded login
        // executor, which offers no such ordering.
        FtpServerConfig config = FtpServerConfig.builder().port(0).root(root).users(users)
                .anonymous(true)
                .build();
        resources = ServerResources.create(config);

        session = new EmbeddedSocketChannel(new ControlChannelInitializer(resources));
        expectReply(220, readReply());
        logIn();
        floor = new EmbeddedChannel(new FixedReply(ascii("200 NOOP ok\r\n")));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        floor.finishAndReleaseAll();
        session.dispose();
        resources.shutdown();
        Files.deleteIfExists(root);
    }

    @Benchmark
    public int noop() {
        return roundTrip(session, noop);
    }

    @Benchmark
    public int pwd() {
        return roundTrip(session, pwd);
    }

    @Benchmark
    public int typeImage() {
        return roundTrip(session, typeImage);
    }

    @Benchmark
    public int harnessFloor() {
        return roundTrip(floor, noop);
    }

    /** Sends one command line and returns the code of the reply it got at once. */
    static int roundTrip(EmbeddedChannel channel, byte[] line) {
        channel.writeInbound(Unpooled.wrappedBuffer(line));
        ByteBuf reply = channel.readOutbound();
        try {
            return replyCode(reply);
        } finally {
            reply.release();
        }
    }

    /** Returns how many replies wait unread; each round trip must leave none behind. */
    int unreadReplies() {
        return session.outboundMessages().size() + floor.outboundMessages().size();
    }

    private void logIn() throws InterruptedException {
        session.writeInbound(Unpooled.wrappedBuffer(ascii("USER anonymous\r\n")));
        expectReply(331, readReply());

        session.writeInbound(Unpooled.wrappedBuffer(ascii("PASS bench@example.invalid\r\n")));
        long deadline = System.nanoTime() + LOGIN_TIMEOUT_NANOS;
        ByteBuf reply = null;
        while (reply == null && System.nanoTime() < deadline) {
            awaitFileExecutorsIdle(deadline);
            session.runPendingTasks();
            reply = session.readOutbound();
        }
        if (reply == null) {
            throw new IllegalStateException("no reply to PASS within 10 s");
        }
        expectReply(230, reply);
    }

    /**
     * Waits until every file executor has run what was submitted to it so far.
     *
     * <p>PASS is checked on the session's file executor, which hands the result back with
     * "run on the event loop". {@code EmbeddedEventLoop.inEventLoop()} answers true for every
     * thread, so that hand-back runs on the executor's thread: the 230 reply, the session
     * state's move and the command queue's release all happen there. Touching the channel
     * before they are done would race with them; a task queued behind them on each
     * single-threaded executor marks the moment they are.
     */
    private void awaitFileExecutorsIdle(long deadline) throws InterruptedException {
        for (EventExecutor executor : resources.fileExecutors()) {
            long left = deadline - System.nanoTime();
            if (!executor.submit(() -> { }).await(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("file executor still busy after 10 s");
            }
        }
    }

    private ByteBuf readReply() {
        ByteBuf reply = session.readOutbound();
        if (reply == null) {
            throw new IllegalStateException("the server sent no reply");
        }
        return reply;
    }

    private static void expectReply(int code, ByteBuf reply) {
        try {
            if (replyCode(reply) != code) {
                throw new IllegalStateException("expected reply " + code + ", got "
                        + reply.toString(StandardCharsets.UTF_8).strip());
            }
        } finally {
            reply.release();
        }
    }

    private static int replyCode(ByteBuf reply) {
        int index = reply.readerIndex();
        return (reply.getByte(index) - '0') * 100 + (reply.getByte(index + 1) - '0') * 10
                + (reply.getByte(index + 2) - '0');
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Answers every line with the same reply: the least a pipeline can do per command. */
    private static final class FixedReply extends ChannelInboundHandlerAdapter {

        private final ByteBuf reply;

        FixedReply(byte[] reply) {
            this.reply = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(reply));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            ReferenceCountUtil.release(message);
            ctx.writeAndFlush(reply.duplicate());
        }
    }
}
