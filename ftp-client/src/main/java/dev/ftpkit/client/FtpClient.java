package dev.ftpkit.client;

import dev.ftpkit.client.internal.ClientSettings;
import dev.ftpkit.client.internal.CommandChannel;
import dev.ftpkit.client.internal.DataConnector;
import dev.ftpkit.client.internal.Listings;
import dev.ftpkit.client.internal.RemoteTree;
import dev.ftpkit.client.internal.ReplyFailures;
import dev.ftpkit.client.internal.Transfers;
import dev.ftpkit.client.internal.UseGuard;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.sequence.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FTP client session: connect with {@link #builder()}, call operations, close.
 *
 * <p>Every operation returns its result or throws: {@link FtpReplyException} (with the
 * command, the reply and the catalog's explanation of its code) when the server refuses,
 * and its subclasses {@link FtpLoginException}, {@link FtpFileNotFoundException} and
 * {@link FtpTransferException}; {@link FtpConnectionException} when the control connection
 * fails, after which the client is unusable; {@link FtpDataConnectionException} when a data
 * connection cannot be opened or breaks. The client follows the protocol's sequencing rules
 * and never sends a command out of order; {@link #quote} refuses one with
 * {@link FtpSequenceException} before anything is sent.
 *
 * <p>Transfers are binary, over passive data connections unless the builder chose active.
 * Streams from {@link #openInputStream} and {@link #openOutputStream} complete the transfer
 * in their {@code close()}, which reads the server's final reply and throws if the transfer
 * failed; there is no separate completion call to forget.
 *
 * <h2>Threads</h2>
 * An FTP session runs one command at a time, so a client serves one thread at a time.
 * Using it from several threads one after another is fine. Using it from two threads at
 * once is refused, not queued: the second call throws {@link FtpClientBusyException}
 * naming the thread and operation in progress, because silently waiting behind a transfer
 * of unknown length hides the mistake. The same happens to any call while a stream from
 * {@code openInputStream} or {@code openOutputStream} is open. For parallel transfers use
 * one client per thread, or {@link FtpTreeTransfer}. {@link #close()} alone may be called
 * from any thread at any time; if the client is busy it closes the connection without
 * QUIT, which makes the operation in progress fail.
 *
 * <h2>Known limitations</h2>
 * No FTPS (AUTH TLS) yet. ASCII type is never used: text files arrive with the server's
 * line endings. LIST is sent without options, so servers without MLSD (vsftpd) do not show
 * hidden files in {@link #list}. Keepalive NOOPs expect 200 replies; a server that answers
 * them otherwise during a transfer is not supported with keepalives on.
 */
public final class FtpClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FtpClient.class);

    private final ClientSettings settings;
    private final ControlConnection connection;
    private final CommandChannel commands;
    private final Transfers transfers;
    private final Listings listings;
    private final RemoteTree tree;
    private final UseGuard guard = new UseGuard();
    private FtpFeatures features = FtpFeatures.none();
    private volatile boolean closed;

    private FtpClient(ClientSettings settings, ControlConnection connection) {
        this.settings = settings;
        this.connection = connection;
        this.commands = new CommandChannel(connection);
        this.transfers = new Transfers(commands, new DataConnector(commands, settings),
                settings, guard);
        this.listings = new Listings(commands, transfers,
                new ListingParser(settings.clock(), settings.serverZone()), () -> features);
        this.tree = new RemoteTree(commands, transfers, listings);
    }

    /** Returns a builder for a client; set at least the host, then call {@code connect()}. */
    public static FtpClientBuilder builder() {
        return new FtpClientBuilder();
    }

    static FtpClient open(ClientSettings settings) throws FtpException {
        ControlConnection connection = ControlConnection.connect(
                new InetSocketAddress(settings.host(), settings.port()),
                settings.connectTimeout(), settings.readTimeout(), settings.sockets(),
                settings.transcript());
        FtpClient client = new FtpClient(settings, connection);
        try {
            client.start();
            return client;
        } catch (FtpException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void start() throws FtpException {
        // Until FEAT says otherwise, UTF-8: it is what modern servers use, and a reply line
        // that is not valid UTF-8 is still read byte for byte.
        connection.charset(settings.charset().orElse(StandardCharsets.UTF_8));
        login();
        features = FtpFeatures.parse(commands.send(Verb.FEAT, ""));
        if (settings.charset().isEmpty()) {
            negotiateCharset();
        }
        // Binary from the start: some servers refuse SIZE in ASCII type.
        transfers.ensureBinary();
        log.info("{} logged in to {}:{} as {}", connection.id(), settings.host(),
                settings.port(), settings.user());
    }

    private void login() throws FtpException {
        Reply reply = commands.send(Verb.USER, settings.user());
        if (reply.code() == 230) {
            return;
        }
        if (reply.code() != 331) {
            throw new FtpLoginException("USER " + settings.user(), reply);
        }
        reply = commands.send(Verb.PASS, settings.password());
        if (reply.code() != 230 && reply.code() != 202) {
            throw new FtpLoginException("PASS ****", reply);
        }
    }

    private void negotiateCharset() throws FtpException {
        if (!features.utf8()) {
            connection.charset(StandardCharsets.ISO_8859_1);
            return;
        }
        // RFC 2640 3.2: a server that lists UTF8 uses it for paths; OPTS UTF8 ON is what
        // some servers (IIS, FileZilla Server) need to switch, and others just accept.
        commands.send(Verb.OPTS, "UTF8 ON");
        connection.charset(StandardCharsets.UTF_8);
    }

    /** Returns the extensions the server announced in FEAT after login. */
    public FtpFeatures features() {
        return features;
    }

    /** Returns the server's 220 greeting. */
    public Reply greeting() {
        return connection.greeting();
    }

    /** Returns the session state after the last reply, as the sequencing rules see it. */
    public SessionState sessionState() {
        return connection.state();
    }

    /** Returns the working directory (PWD). */
    public String workingDirectory() throws FtpException {
        return guarded("PWD", listings::workingDirectory);
    }

    /** Changes the working directory (CWD); 550 throws {@link FtpFileNotFoundException}. */
    public void changeDirectory(String path) throws FtpException {
        run("CWD " + path, () -> commands.complete(Verb.CWD, path));
    }

    /**
     * Returns the entries of {@code directory} ("" for the working one), without "." and
     * "..": by MLSD when the server announced MLST, else by LIST read with
     * {@link ListingParser}.
     */
    public List<FtpEntry> list(String directory) throws FtpException {
        return guarded("list " + directory, () -> listings.list(directory));
    }

    /**
     * Returns what the server says about one path: by MLST when announced; otherwise SIZE
     * and MDTM for a file, and CWD there and back for a directory.
     *
     * @throws FtpFileNotFoundException when the path does not exist
     */
    public FtpEntry stat(String path) throws FtpException {
        return guarded("stat " + path, () -> listings.stat(path));
    }

    /** Returns the size of a file in bytes (SIZE, in binary type). */
    public long size(String path) throws FtpException {
        return guarded("SIZE " + path, () -> listings.size(path));
    }

    /** Returns the modification time of a file (MDTM, UTC). */
    public Instant modificationTime(String path) throws FtpException {
        return guarded("MDTM " + path, () -> listings.modificationTime(path));
    }

    /**
     * Downloads {@code remote} into {@code out} and returns the number of bytes. {@code out}
     * is neither flushed nor closed.
     */
    public long download(String remote, OutputStream out) throws IOException {
        return guardedIo("RETR " + remote, () -> {
            try (InputStream in = transfers.download(Verb.RETR, remote, 0)) {
                return in.transferTo(out);
            }
        });
    }

    /**
     * Downloads {@code remote} into the file {@code local}, replacing it once the server
     * confirmed the transfer; returns the bytes. Until then the bytes go to a hidden file
     * beside it ({@link PartialDownload}), so a failed download leaves {@code local} as it
     * was.
     */
    public long download(String remote, Path local) throws IOException {
        try (PartialDownload partial = PartialDownload.beside(local)) {
            long bytes;
            try (OutputStream out = partial.open()) {
                bytes = download(remote, out);
            }
            partial.commit();
            return bytes;
        }
    }

    /**
     * Completes a download cut short earlier: appends to {@code local} what the server has
     * beyond the local file's length (REST and RETR). Returns the bytes transferred, 0 when
     * the local file is already complete.
     *
     * @throws FtpException when the local file is longer than the remote one
     */
    public long resumeDownload(String remote, Path local) throws IOException {
        return guardedIo("resume RETR " + remote, () -> tree.resumeDownload(remote, local));
    }

    /**
     * Uploads everything {@code in} holds to {@code remote}, replacing it, and returns the
     * bytes. With temporary upload names on, the file appears under its name only once
     * complete. {@code in} is not closed.
     */
    public long upload(InputStream in, String remote) throws IOException {
        return guardedIo("STOR " + remote, () -> tree.upload(in, remote,
                settings.temporaryUploadNames()));
    }

    /** Uploads the file {@code local} to {@code remote}, replacing it; returns the bytes. */
    public long upload(Path local, String remote) throws IOException {
        try (InputStream in = Files.newInputStream(local)) {
            return upload(in, remote);
        }
    }

    /**
     * Completes an upload cut short earlier: sends the part of {@code local} beyond the
     * remote file's length, by REST and STOR when FEAT announced "REST STREAM", else by
     * APPE. Returns the bytes transferred, 0 when the remote file is already complete.
     * Writes to the real name even with temporary upload names on.
     *
     * @throws FtpException when the remote file is longer than the local one
     */
    public long resumeUpload(Path local, String remote) throws IOException {
        return guardedIo("resume STOR " + remote, () -> tree.resumeUpload(local, remote,
                features.restStream()));
    }

    /**
     * Starts downloading {@code remote} and returns its bytes as a stream. The stream's
     * {@code close()} completes the transfer and throws {@link FtpTransferException} if a
     * stream read to its end was not confirmed by the server; closing early abandons the
     * rest. The client refuses other calls until the stream is closed.
     */
    public InputStream openInputStream(String remote) throws FtpException {
        return openInputStream(remote, 0);
    }

    /** Starts downloading {@code remote} from byte {@code offset} (REST), as a stream. */
    public InputStream openInputStream(String remote, long offset) throws FtpException {
        if (offset < 0) {
            throw new IllegalArgumentException("offset is negative: " + offset);
        }
        return guarded("RETR " + remote, () -> transfers.download(Verb.RETR, remote, offset));
    }

    /**
     * Starts uploading to {@code remote} (STOR) and returns the stream to write to. Its
     * {@code close()} completes the upload and throws unless the server confirms it. The
     * client refuses other calls until the stream is closed.
     */
    public OutputStream openOutputStream(String remote) throws FtpException {
        return guarded("STOR " + remote, () -> transfers.upload(Verb.STOR, remote, 0));
    }

    /** Renames {@code from} to {@code to} (RNFR, then RNTO). */
    public void rename(String from, String to) throws FtpException {
        run("rename " + from, () -> {
            commands.intermediate(Verb.RNFR, from);
            commands.complete(Verb.RNTO, to);
        });
    }

    /** Deletes a file (DELE). */
    public void delete(String path) throws FtpException {
        run("DELE " + path, () -> commands.complete(Verb.DELE, path));
    }

    /** Creates one directory (MKD); its parent must exist. */
    public void makeDirectory(String path) throws FtpException {
        run("MKD " + path, () -> commands.complete(Verb.MKD, path));
    }

    /** Creates a directory and any missing parents, like {@code mkdir -p}. */
    public void makeDirectories(String path) throws FtpException {
        run("mkdir -p " + path, () -> tree.makeDirectories(path));
    }

    /** Removes an empty directory (RMD). */
    public void removeDirectory(String path) throws FtpException {
        run("RMD " + path, () -> commands.complete(Verb.RMD, path));
    }

    /**
     * Removes a file, or a directory with everything in it, like {@code rm -r}. Symbolic
     * links are deleted, not followed.
     */
    public void removeRecursively(String path) throws FtpException {
        run("rm -r " + path, () -> tree.removeRecursively(path));
    }

    /** Sends NOOP and returns when the server answered 200. */
    public void noop() throws FtpException {
        run("NOOP", () -> commands.complete(Verb.NOOP, ""));
    }

    /**
     * Sends one command as given and returns the server's reply, whatever its code, for
     * commands this class has no method for (SITE, HELP, STAT ...).
     *
     * @throws FtpSequenceException when the command would break a sequencing rule now, such
     *     as RNTO without RNFR just before; nothing is sent
     * @throws IllegalArgumentException for transfer commands (RETR, LIST ...), which need
     *     a data connection; use the methods above
     */
    public Reply quote(String verb, String argument) throws FtpException {
        Verb.lookup(verb).filter(Verb::requiresDataConnection).ifPresent(known -> {
            throw new IllegalArgumentException(known + " needs a data connection; use the"
                    + " transfer methods of FtpClient instead of quote");
        });
        return guarded(ReplyFailures.shown(verb, argument), () -> {
            Reply reply = connection.send(verb, argument);
            if (reply.code() == 421) {
                throw ReplyFailures.of(verb, argument, reply);
            }
            return reply;
        });
    }

    /**
     * Ends the session: QUIT, then close. Never throws; a failing QUIT is logged. From
     * another thread while the client is busy, closes the connection at once instead, which
     * makes the operation in progress fail with {@link FtpConnectionException}. An upload in
     * progress is aborted first: its data connection is reset rather than closed, since a
     * clean close would tell the server the file is complete, and ABOR is sent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            guard.enter("QUIT");
        } catch (FtpClientBusyException busy) {
            log.debug("{} closed while busy: {}", connection.id(), busy.getMessage());
            abortNow();
            return;
        }
        try {
            if (connection.isOpen()) {
                connection.send(Verb.QUIT, "");
            }
        } catch (FtpException | RuntimeException e) {
            log.debug("{} QUIT failed, closing anyway: {}", connection.id(), e.toString());
        } finally {
            connection.close();
            guard.exit();
            log.info("{} closed the session with {}:{}", connection.id(), settings.host(),
                    settings.port());
        }
    }

    /**
     * Ends the session at once, from any thread, without QUIT: an upload in progress has its
     * data connection reset and ABOR sent, so the server drops the part received, and the
     * control connection is closed. The operation in progress fails. Never blocks on the
     * server, which makes it the call for a JVM shutdown hook. Never throws.
     */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        abortNow();
    }

    private void abortNow() {
        if (transfers.abortUpload()) {
            connection.sendAbort();
        }
        connection.close();
        log.debug("{} aborted the session with {}:{}", connection.id(), settings.host(),
                settings.port());
    }

    /** An operation that may fail with an I/O error. */
    @FunctionalInterface
    interface Operation<T, E extends IOException> {
        T call() throws E;
    }

    /** An operation without a result. */
    @FunctionalInterface
    interface Action {
        void run() throws FtpException;
    }

    private <T> T guarded(String operation, Operation<T, FtpException> call)
            throws FtpException {
        return guardedIo(operation, call);
    }

    private <T, E extends IOException> T guardedIo(String operation, Operation<T, E> call)
            throws E {
        if (closed) {
            throw new IllegalStateException("cannot start " + operation
                    + ": this FtpClient is closed");
        }
        guard.enter(operation);
        try {
            return call.call();
        } finally {
            guard.exit();
        }
    }

    private void run(String operation, Action action) throws FtpException {
        guarded(operation, () -> {
            action.run();
            return null;
        });
    }
}
