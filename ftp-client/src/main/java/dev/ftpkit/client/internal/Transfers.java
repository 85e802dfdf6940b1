package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpDataConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Starts transfers: binary type, a prepared data connection, REST when resuming, the
 * transfer command and its preliminary reply, then a stream whose close completes it.
 *
 * <p>REST is sent after EPSV/PASV and right before the transfer command, so that no other
 * command can come between the offset and the transfer it is for (RFC 3659 section 5.5).
 */
public final class Transfers {

    private final CommandChannel commands;
    private final DataConnector connector;
    private final ClientSettings settings;
    private final UseGuard guard;
    private boolean binary;
    private volatile UploadStream currentUpload;

    /** Creates transfers over {@code commands}, guarded by {@code guard}. */
    public Transfers(CommandChannel commands, DataConnector connector, ClientSettings settings,
            UseGuard guard) {
        this.commands = commands;
        this.connector = connector;
        this.settings = settings;
        this.guard = guard;
    }

    /**
     * Starts a download (RETR) or listing (LIST, MLSD) and returns its bytes, from
     * {@code offset} when it is above zero.
     */
    public InputStream download(Verb verb, String argument, long offset) throws FtpException {
        TransferEnd end = new TransferEnd(commands, guard, verb, argument);
        Socket data = start(verb, argument, offset);
        try {
            return new DownloadStream(data, end, keepalive());
        } catch (IOException e) {
            throw abandon(data, end, e);
        }
    }

    /** Starts an upload (STOR, APPE), from {@code offset} when it is above zero. */
    public OutputStream upload(Verb verb, String argument, long offset) throws FtpException {
        TransferEnd end = new TransferEnd(commands, guard, verb, argument);
        Socket data = start(verb, argument, offset);
        try {
            UploadStream upload = new UploadStream(data, end, keepalive());
            currentUpload = upload;
            return upload;
        } catch (IOException e) {
            throw abandon(data, end, e);
        }
    }

    /**
     * Resets the data connection of the upload started last, from any thread, so that the
     * server drops the part received instead of keeping it as the whole file. Does nothing
     * to an upload that already ended. Returns whether there was an upload to abort.
     */
    public boolean abortUpload() {
        UploadStream upload = currentUpload;
        if (upload == null || upload.ended()) {
            return false;
        }
        upload.abort();
        return true;
    }

    private Socket start(Verb verb, String argument, long offset) throws FtpException {
        ensureBinary();
        DataConnector.Prepared prepared = connector.prepare();
        Socket data;
        try {
            if (offset > 0) {
                commands.intermediate(Verb.REST, Long.toString(offset));
            }
            Reply first = commands.send(verb, argument);
            if (first.code() / 100 != 1) {
                // A 2yz without 150 would mean a transfer of nothing; no server we know
                // sends it, and a 4yz or 5yz is a refusal. Either way, no data to read.
                throw ReplyFailures.of(verb.name(), argument, first);
            }
            data = open(prepared, verb, argument);
        } catch (FtpException | RuntimeException e) {
            prepared.close();
            throw e;
        }
        guard.streamOpened(ReplyFailures.shown(verb.name(), argument));
        return data;
    }

    private Socket open(DataConnector.Prepared prepared, Verb verb, String argument)
            throws FtpException {
        try {
            return prepared.open();
        } catch (FtpDataConnectionException e) {
            // The server waits for a connection that will not come; its reply (425, after
            // its own timeout) must be read to keep replies and commands in step.
            commands.next(verb, argument);
            throw e;
        }
    }

    private FtpException abandon(Socket data, TransferEnd end, IOException e)
            throws FtpException {
        try {
            data.close();
        } catch (IOException ignored) {
            // Already failing; the reply read next says what the server made of it.
        }
        end.finish(TransferEnd.Outcome.FAILED_LOCALLY, 0);
        return new FtpDataConnectionException(end.command() + " data connection unusable: "
                + e.getMessage(), e);
    }

    private KeepaliveTimer keepalive() {
        return new KeepaliveTimer(commands.connection(), settings.keepaliveInterval());
    }

    /** Sends TYPE I unless it was sent already; binary is the only type this client uses. */
    public void ensureBinary() throws FtpException {
        if (!binary) {
            commands.complete(Verb.TYPE, "I");
            binary = true;
        }
    }
}
