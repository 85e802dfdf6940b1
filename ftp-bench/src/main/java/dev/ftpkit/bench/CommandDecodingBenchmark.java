package dev.ftpkit.bench;

import dev.ftpkit.protocol.codec.CommandLineDecoder;
import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.codec.DecodedLine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.impl.DefaultFtpRequest;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilter.NextFilter;
import org.apache.mina.core.session.DummySession;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolDecoderOutput;
import org.apache.mina.filter.codec.textline.TextLineDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the time to turn the bytes of one command line into a parsed command, in ftpkit and,
 * as the baseline, in Apache MINA FtpServer 1.2.1. The score is nanoseconds per line, averaged
 * over the sixteen lines of {@link CommandMix} (logins, CWD, PASV/EPSV, TYPE I, MLSD, NOOP and
 * RETR of long paths with spaces and non-ASCII UTF-8).
 *
 * <p>What each side includes, for one line arriving as one read:
 * <ul>
 *   <li>{@code ftpkit}: wrapping the bytes in a {@link ByteBuffer};
 *       {@link CommandLineDecoder#decode} (Telnet IAC filtering, LF/CRLF framing, length
 *       limit, strict UTF-8 decoding with the ISO-8859-1 fallback, the result list); then
 *       {@link CommandParser#parse} (verb upper-cased, argument split off). This is what the
 *       server's decoding handler does before dispatch.</li>
 *   <li>{@code minaFtpServer}: wrapping the bytes in an {@link IoBuffer};
 *       {@link TextLineDecoder} with UTF-8 and the AUTO delimiter, configured as MINA
 *       FtpServer's {@code FtpServerProtocolCodecFactory} configures it (per-session context
 *       looked up in the session's attributes, CR/LF/CRLF framing, line length limit, UTF-8
 *       decoding); then {@code new DefaultFtpRequest(line)}, as {@code FtpHandlerAdapter}
 *       does for every decoded message (trim, verb upper-cased with a leading "X" dropped,
 *       argument split off, {@code System.currentTimeMillis()} for the receive time).</li>
 * </ul>
 * Neither side looks the verb up in its command registry, and MINA's filter-chain plumbing
 * ({@code ProtocolCodecFilter}'s output queue, the logging and MDC filters) is left out, as is
 * Netty's pipeline on ftpkit's side: both are measured at the codec, with equal framing work.
 * Both decoders are limited to 1024-byte lines, MINA's default.
 *
 * <p>Pitfalls avoided: every parsed command goes into a {@link Blackhole}, so the JIT cannot
 * drop the parsing as dead code; the input lines are instance fields of a {@link State}
 * filled in {@link Setup}, not compile-time constants, so nothing is constant-folded; and each
 * invocation decodes all sixteen lines, different in length and content, with
 * {@link OperationsPerInvocation} dividing the time back to one line, so branch prediction
 * cannot learn a single line.
 *
 * <p>Expected result: both sides cost a few hundred nanoseconds per line, dominated by UTF-8
 * decoding and string copies; a gap of several times would point at needless allocation in
 * one of them. The figures measured are in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(16)
public class CommandDecodingBenchmark {

    static final int MAX_LINE_LENGTH = 1024;

    private byte[][] lines;
    private CommandLineDecoder ftpkitDecoder;
    private TextLineDecoder minaDecoder;
    private IoSession minaSession;
    private MinaRequestOutput minaOutput;

    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) {
        lines = CommandMix.wireLines();
        if (lines.length != 16) {
            throw new IllegalStateException("@OperationsPerInvocation(16) must match the "
                    + CommandMix.LINES.size() + " lines of CommandMix");
        }
        ftpkitDecoder = new CommandLineDecoder(MAX_LINE_LENGTH);
        minaDecoder = new TextLineDecoder(StandardCharsets.UTF_8);
        minaDecoder.setMaxLineLength(MAX_LINE_LENGTH);
        minaSession = new DummySession();
        minaOutput = new MinaRequestOutput(blackhole);
    }

    @Benchmark
    public void ftpkit(Blackhole blackhole) {
        for (byte[] line : lines) {
            for (DecodedLine decoded : ftpkitDecoder.decode(ByteBuffer.wrap(line))) {
                if (decoded instanceof DecodedLine.Line complete) {
                    blackhole.consume(CommandParser.parse(complete.text()));
                } else {
                    blackhole.consume(decoded);
                }
            }
        }
    }

    @Benchmark
    public void minaFtpServer() throws Exception {
        // minaOutput parses each decoded line into a request and hands it to the Blackhole.
        for (byte[] line : lines) {
            minaDecoder.decode(minaSession, IoBuffer.wrap(line), minaOutput);
        }
    }

    /**
     * Receives each line MINA's decoder completes and parses it into a request, the way
     * {@code FtpHandlerAdapter.messageReceived} does; MINA's own output instead queues the line
     * for the filter chain, which is not part of this measurement.
     */
    private static final class MinaRequestOutput implements ProtocolDecoderOutput {

        private final Blackhole blackhole;

        MinaRequestOutput(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void write(Object message) {
            blackhole.consume(new DefaultFtpRequest(message.toString()));
        }

        @Override
        public void flush(NextFilter nextFilter, IoSession session) {
            throw new UnsupportedOperationException("the benchmark never flushes");
        }
    }
}
