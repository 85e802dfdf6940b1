package dev.ftpkit.client;

import dev.ftpkit.client.internal.ReplyFailures;
import dev.ftpkit.client.internal.ReplyReader;
import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.command.Command;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.sequence.SequencingRules;
import dev.ftpkit.protocol.sequence.SessionState;
import dev.ftpkit.protocol.sequence.Verdict;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One control connection: the socket over which commands go out and replies come back.
 *
 * <p>It reads the greeting on {@link #connect}, then sends one command at a time with
 * {@link #send} and returns the reply. Before sending a known verb it asks
 * {@link SequencingRules} whether the verb may come now, and throws
 * {@link FtpSequenceException} instead of sending one that breaks a rule; after every reply
 * it moves the {@link SessionState}. {@link #sendLine} writes a raw line with no such check,
 * for probing servers.
 *
 * <p>Replies are assembled by the protocol's {@code ReplyDecoder}: multi-line replies come
 * back whole. Text is read and written in {@link #charset()}, ISO-8859-1 until a caller
 * switches to UTF-8 (after FEAT announced UTF8); a reply line that is not valid UTF-8 is read
 * as ISO-8859-1 rather than failing.
 *
 * <p>Not thread-safe: one thread at a time. {@link FtpClient} enforces that for its users.
 */
public final class ControlConnection implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(ControlConnection.class);
    private static final AtomicLong SESSIONS = new AtomicLong();
    /**
     * More 1yz replies in a row than any server sends for one command; a server that keeps
     * sending them (a "1xx storm") would otherwise hold the client forever.
     */
    public static final int MAX_PRELIMINARY_REPLIES = 16;

    private final String id;
    private final Socket socket;
    private final ReplyReader reader;
    private final OutputStream out;
    private final TranscriptListener transcript;
    private Charset charset = StandardCharsets.ISO_8859_1;
    private SessionState state = SessionState.connected();
    private Verb lastVerb;
    private String lastCommand = "(greeting)";
    private int keepalivesInFlight;
    private Reply greeting;
    private FtpConnectionException failure;

    private ControlConnection(String id, Socket socket, TranscriptListener transcript)
            throws IOException {
        this.id = id;
        this.socket = socket;
        this.reader = new ReplyReader(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1024);
        this.transcript = transcript;
    }

    /**
     * Connects to {@code host}:{@code port} and reads the greeting.
     *
     * @param readTimeout how long to wait for each reply; also applied to the greeting
     * @throws FtpConnectionException when the connection cannot be opened, no greeting comes
     *     in time, or the server greets with anything but 220 (421: too many users)
     */
    public static ControlConnection connect(String host, int port, Duration connectTimeout,
            Duration readTimeout, TranscriptListener transcript) throws FtpConnectionException {
        return connect(new InetSocketAddress(host, port), connectTimeout, readTimeout,
                SocketFactory.getDefault(), transcript);
    }

    /**
     * Connects to {@code address} with sockets from {@code sockets} and reads the greeting.
     *
     * @throws FtpConnectionException as {@link #connect(String, int, Duration, Duration,
     *     TranscriptListener)} does
     */
    public static ControlConnection connect(InetSocketAddress address, Duration connectTimeout,
            Duration readTimeout, SocketFactory sockets, TranscriptListener transcript)
            throws FtpConnectionException {
        String id = "ftp-" + SESSIONS.incrementAndGet();
        String host = address.getHostString();
        // An IPv6 address in brackets, as in a URL: "::1:2121" would hide where the port is.
        String where = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
                + address.getPort();
        Socket socket = null;
        try {
            socket = sockets.createSocket();
            socket.connect(address, Math.toIntExact(connectTimeout.toMillis()));
            socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            socket.setTcpNoDelay(true);
            ControlConnection connection = new ControlConnection(id, socket,
                    Objects.requireNonNull(transcript, "transcript"));
            connection.readGreeting(where);
            log.debug("{} connected to {}", id, where);
            return connection;
        } catch (FtpConnectionException e) {
            closeQuietly(socket);
            throw e;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new FtpConnectionException("cannot connect to " + where + ": " + e, e);
        }
    }

    private void readGreeting(String where) throws FtpConnectionException {
        Reply reply = readReply();
        // RFC 959 4.2: 120 means "ready in nnn minutes"; the 220 follows when it is. Each
        // wait is bounded by the read timeout, the number of them by MAX_PRELIMINARY_REPLIES.
        for (int waited = 0; reply.code() == 120; waited++) {
            if (waited == MAX_PRELIMINARY_REPLIES) {
                throw fail(where + " sent more than " + MAX_PRELIMINARY_REPLIES
                        + " \"120 ready later\" replies without a 220", null);
            }
            reply = readReply();
        }
        if (reply.code() != 220) {
            throw new FtpConnectionException(where + " did not accept the session: "
                    + FtpReplyException.summary(reply), reply);
        }
        greeting = reply;
        state = state.afterGreeting(reply.code());
    }

    /** Returns the server's 220 greeting. */
    public Reply greeting() {
        return greeting;
    }

    /** Returns this connection's id, which starts every log line about it. */
    public String id() {
        return id;
    }

    /**
     * Sends {@code verb} with {@code argument} ("" for none) and returns the first reply,
     * which may be a preliminary 1yz one; read the rest with {@link #readReply()}.
     *
     * @throws FtpSequenceException when the verb would break a sequencing rule now; nothing
     *     is sent
     * @throws FtpConnectionException when the connection fails or the reply is malformed
     * @throws IllegalArgumentException when the argument holds CR or LF, which would let it
     *     smuggle a second command
     */
    public Reply send(String verb, String argument) throws FtpConnectionException {
        Optional<Verb> known = Verb.lookup(verb);
        if (known.isPresent()) {
            checkSequence(known.get());
        }
        drainKeepalives();
        write(verb, argument);
        remember(verb, argument, known.orElse(null));
        return readReply();
    }

    /** Sends {@code verb} as {@link #send(String, String)} does. */
    public Reply send(Verb verb, String argument) throws FtpConnectionException {
        return send(verb.name(), argument);
    }

    /**
     * Writes {@code line} as it is, without the sequencing check and without reading a
     * reply: a probe's way to see how a server answers what a careful client never sends.
     * Read the reply with {@link #readReply()}.
     */
    public void sendLine(String line) throws FtpConnectionException {
        Command command = CommandParser.parse(line);
        drainKeepalives();
        write(command.verbText(), command.argument());
        remember(command.verbText(), command.argument(), command.verb().orElse(null));
    }

    /**
     * Sends ABOR from any thread without reading its reply, to stop a transfer that another
     * thread runs just before this connection is closed. Never throws: it is a courtesy to
     * the server, and six bytes never fill a control connection's send buffer, so it does
     * not block.
     */
    public void sendAbort() {
        try {
            synchronized (out) {
                out.write("ABOR\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            log.debug("{} sent ABOR", id);
        } catch (IOException e) {
            log.debug("{} could not send ABOR: {}", id, e.toString());
        }
    }

    /**
     * Sends NOOP without waiting for its reply, to keep the session from timing out while a
     * transfer runs. Its reply, a 200 before or after the transfer's final reply, is read
     * and dropped by later reads.
     */
    public void sendKeepalive() throws FtpConnectionException {
        write(Verb.NOOP.name(), "");
        keepalivesInFlight++;
    }

    /**
     * Reads the next reply and moves the session state with it.
     *
     * @throws FtpConnectionException when the server closes the connection, no reply comes
     *     within the read timeout, or the reply is malformed; the connection is then closed
     */
    public Reply readReply() throws FtpConnectionException {
        while (true) {
            Reply reply = readOneReply();
            if (keepalivesInFlight > 0 && reply.code() == 200 && lastVerb != null
                    && lastVerb.requiresDataConnection()) {
                // A keepalive's reply came before the transfer's final one.
                keepalivesInFlight--;
                state = state.next(Verb.NOOP, reply.code());
                continue;
            }
            if (lastVerb != null) {
                state = state.next(lastVerb, reply.code());
            }
            return reply;
        }
    }

    /** Returns the session state after the last reply read. */
    public SessionState state() {
        return state;
    }

    /**
     * Sets how long each following read waits for a reply. A probe shortens it before a
     * command a careful server refuses at once, to tell a refusal from a server that waits.
     *
     * @throws FtpConnectionException when the socket is closed or rejects the option
     */
    public void readTimeout(Duration timeout) throws FtpConnectionException {
        ensureOpen();
        try {
            socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
        } catch (IOException e) {
            throw fail("cannot set the read timeout to " + timeout + ": " + e, e);
        }
    }

    /** Returns the charset commands and replies are written and read in. */
    public Charset charset() {
        return charset;
    }

    /** Sets the charset for the following commands and replies (UTF-8 after OPTS UTF8 ON). */
    public void charset(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** Returns the server's address and port, the one passive data connections fall back to. */
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    /** Returns this side's address and port, the one active mode listens on. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Returns whether the connection is open and has not failed. */
    public boolean isOpen() {
        return failure == null && !socket.isClosed();
    }

    /** Closes the socket without QUIT. Idempotent. */
    @Override
    public void close() {
        closeQuietly(socket);
    }

    private void checkSequence(Verb verb) {
        Verdict verdict = SequencingRules.check(state, verb);
        if (!verdict.isAllowed()) {
            FtpSequenceException refused = new FtpSequenceException(verb,
                    verdict.brokenRule().orElseThrow());
            log.debug("{} did not send {}: {}", id, verb, refused.getMessage());
            throw refused;
        }
    }

    private void drainKeepalives() throws FtpConnectionException {
        while (keepalivesInFlight > 0) {
            Reply reply = readOneReply();
            keepalivesInFlight--;
            state = state.next(Verb.NOOP, reply.code());
        }
    }

    /** Remembers the command whose replies come next, to move the state and name it in errors. */
    private void remember(String verb, String argument, Verb known) {
        lastVerb = known;
        lastCommand = ReplyFailures.shown(verb, argument);
    }

    private void write(String verb, String argument) throws FtpConnectionException {
        if (argument.indexOf('\r') >= 0 || argument.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("argument of " + verb
                    + " contains CR or LF, which would end the command line early: "
                    + ReplyFailures.shown(verb, argument));
        }
        ensureOpen();
        String line = argument.isEmpty() ? verb : verb + " " + argument;
        String shown = ReplyFailures.shown(verb, argument);
        try {
            synchronized (out) { // sendAbort may write from another thread
                out.write((line + "\r\n").getBytes(charset));
                out.flush();
            }
        } catch (IOException e) {
            throw fail("cannot send " + shown + ": " + e, e);
        }
        log.debug("{} sent {}", id, shown);
        notify(() -> transcript.commandSent(shown));
    }

    private Reply readOneReply() throws FtpConnectionException {
        ensureOpen();
        try {
            Reply reply = reader.read(charset);
            log.debug("{} received {}", id, FtpReplyException.summary(reply));
            notify(() -> transcript.replyReceived(reply));
            return reply;
        } catch (SocketTimeoutException e) {
            throw fail("no reply to " + lastCommand + " within the read timeout", e);
        } catch (ReplyReader.ClosedByServer e) {
            throw fail("server closed the control connection while " + lastCommand
                    + " waited for its reply", e);
        } catch (IOException e) {
            throw fail("cannot read the reply to " + lastCommand + ": " + e.getMessage(), e);
        }
    }

    private void ensureOpen() throws FtpConnectionException {
        if (failure != null) {
            throw new FtpConnectionException("control connection unusable after an earlier"
                    + " failure: " + failure.getMessage(), failure);
        }
        if (socket.isClosed()) {
            throw new FtpConnectionException("control connection already closed");
        }
    }

    private FtpConnectionException fail(String message, IOException cause) {
        failure = new FtpConnectionException(message, cause);
        log.debug("{} closing: {}", id, message);
        closeQuietly(socket);
        return failure;
    }

    private void notify(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            log.warn("{} transcript listener failed; the session goes on: {}", id, e.toString());
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is the last thing done with this socket; nothing is left to lose.
        }
    }
}
