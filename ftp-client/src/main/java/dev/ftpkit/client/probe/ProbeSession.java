package dev.ftpkit.client.probe;

import dev.ftpkit.client.ControlConnection;
import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.TranscriptListener;
import dev.ftpkit.client.internal.ClientSettings;
import dev.ftpkit.client.internal.CommandChannel;
import dev.ftpkit.client.internal.DataConnector;
import dev.ftpkit.client.internal.ReplyFailures;
import dev.ftpkit.client.internal.ReplyReader;
import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.command.Command;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.sequence.SecurityPhase;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * One control connection of the probe. {@link #exchange} sends any line, in or out of
 * order, through {@link ControlConnection#sendLine} and reads until the final reply or a
 * time limit; the set-up commands (login, CWD, TYPE) go through the checked
 * {@link ControlConnection#send}, since the probe means to send those in order.
 */
final class ProbeSession implements Closeable {

    /** A server that sends more preliminary replies than this to one command is not waited for. */
    private static final int MAX_PRELIMINARY_REPLIES = 3;
    /** Listings are read only to check their format; the rest of a huge one is not needed. */
    private static final int MAX_LISTING_BYTES = 1 << 20;

    private final ControlConnection connection;
    private final ProbeSettings settings;
    private DataConnector connector;

    private ProbeSession(ControlConnection connection, ProbeSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /** Connects and reads the greeting; nobody is logged in yet. */
    static ProbeSession open(ProbeSettings settings) throws FtpConnectionException {
        ControlConnection connection = ControlConnection.connect(
                new InetSocketAddress(settings.host(), settings.port()),
                settings.connectTimeout(), settings.replyTimeout(), SocketFactory.getDefault(),
                TranscriptListener.NONE);
        return new ProbeSession(connection, settings);
    }

    /**
     * Logs in, changes to the probe's directory and switches to binary type, each in order.
     *
     * @throws FtpLoginException when USER or PASS is refused
     * @throws FtpReplyException when CWD or TYPE I is refused
     */
    void login() throws FtpException {
        Reply user = connection.send(Verb.USER, settings.user());
        if (user.code() == 331) {
            Reply pass = connection.send(Verb.PASS, settings.password());
            if (pass.code() != 230 && pass.code() != 202) {
                throw new FtpLoginException("PASS ****", pass);
            }
        } else if (user.code() != 230) {
            throw new FtpLoginException("USER " + settings.user(), user);
        }
        if (!settings.directory().isEmpty()) {
            expect(Verb.CWD, settings.directory(), 2);
        }
        // Some servers refuse SIZE and REST in ASCII type; binary is the client's default.
        expect(Verb.TYPE, "I", 2);
    }

    private void expect(Verb verb, String argument, int replyClass) throws FtpException {
        Reply reply = connection.send(verb, argument);
        if (reply.code() / 100 != replyClass) {
            throw ReplyFailures.of(verb.name(), argument, reply);
        }
    }

    /** Returns the server's 220 greeting. */
    Reply greeting() {
        return connection.greeting();
    }

    /** Returns the control connection, for its addresses and state. */
    ControlConnection connection() {
        return connection;
    }

    /** Sends {@code line} unchecked and reads until its final reply, within the reply timeout. */
    Exchange exchange(String line) {
        return exchange(line, settings.replyTimeout());
    }

    /**
     * Sends {@code line} unchecked and reads until its final reply, waiting {@code wait} for
     * each. Never throws for the server's behaviour: a reply that does not come, a closed
     * connection or a malformed reply end up in {@link Exchange#silence()}, and the session
     * is then unusable.
     */
    Exchange exchange(String line, Duration wait) {
        Command command = CommandParser.parse(line);
        String shown = ReplyFailures.shown(command.verbText(), command.argument());
        List<Reply> replies = new ArrayList<>();
        try {
            connection.readTimeout(wait);
            connection.sendLine(line);
            Reply reply = connection.readReply();
            replies.add(reply);
            while (reply.code() < 200 && replies.size() <= MAX_PRELIMINARY_REPLIES) {
                reply = connection.readReply();
                replies.add(reply);
            }
            connection.readTimeout(settings.replyTimeout());
            return new Exchange(shown, replies, reply.code() < 200
                    ? "no final reply after " + replies.size() + " preliminary ones" : "");
        } catch (FtpConnectionException e) {
            return new Exchange(shown, replies, silence(e, wait));
        }
    }

    /** Says what a failed read means, in the words a scorecard shows. */
    static String silence(FtpConnectionException e, Duration wait) {
        if (e.getCause() instanceof SocketTimeoutException) {
            return "no reply within " + WireText.seconds(wait);
        }
        if (e.getCause() instanceof ReplyReader.ClosedByServer) {
            return "server closed the connection without a reply";
        }
        return e.getMessage();
    }

    /**
     * Lists {@code argument} with {@code verb} (MLSD, LIST) over a passive data connection
     * and returns the lines, at most {@value #MAX_LISTING_BYTES} bytes of them.
     *
     * @throws FtpException when the data connection cannot be set up or the control
     *     connection fails; a refusal of the listing itself comes back in the result
     */
    Listing list(Verb verb, String argument) throws FtpException {
        String line = argument.isEmpty() ? verb.name() : verb.name() + " " + argument;
        try (DataConnector.Prepared prepared = connector().prepare()) {
            connection.sendLine(line);
            Reply first = connection.readReply();
            if (first.code() >= 200) {
                return new Listing(new Exchange(line, List.of(first), ""), List.of());
            }
            List<String> lines = readLines(prepared.open());
            Reply last = connection.readReply();
            return new Listing(new Exchange(line, List.of(first, last), ""), lines);
        }
    }

    private DataConnector connector() {
        if (connector == null) {
            ClientSettings client = new ClientSettings(settings.host(), settings.port(),
                    settings.user(), settings.password(), settings.connectTimeout(),
                    settings.replyTimeout(), settings.replyTimeout(), true, false,
                    Optional.empty(), TranscriptListener.NONE, Duration.ZERO,
                    SocketFactory.getDefault(), Clock.systemUTC(), ZoneOffset.UTC, false);
            connector = new DataConnector(new CommandChannel(connection), client);
        }
        return connector;
    }

    private static List<String> readLines(Socket socket) throws FtpException {
        try (socket; InputStream in = socket.getInputStream()) {
            return splitLines(in.readNBytes(MAX_LISTING_BYTES));
        } catch (IOException e) {
            throw new FtpException("cannot read the listing from the data connection: " + e, e);
        }
    }

    /**
     * Splits a listing at LF, dropping CRs before it. A line that is not UTF-8 (RFC 3659
     * section 2.2 asks for it) is read as ISO-8859-1, so that every byte still shows.
     */
    private static List<String> splitLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    lines.add(decode(bytes, start, end - start));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Ends the session: QUIT if the connection is still usable, then close. Never throws;
     * the probe has its results by now.
     */
    @Override
    public void close() {
        // After AUTH TLS got 234 the server waits for a TLS handshake, and would read a
        // clear-text QUIT as a broken one, or wait for the rest of it: just close.
        boolean clearText = connection.state().security() == SecurityPhase.PLAIN;
        if (connection.isOpen() && clearText) {
            exchange("QUIT", settings.replyTimeout());
        }
        connection.close();
    }

    /** Closes the socket at once, from any thread, to stop a check that takes too long. */
    void abort() {
        connection.close();
    }

    /**
     * A listing read over a data connection.
     *
     * @param exchange the listing command with its preliminary and final replies
     * @param lines the listing's lines, line endings removed
     */
    record Listing(Exchange exchange, List<String> lines) {
    }
}
